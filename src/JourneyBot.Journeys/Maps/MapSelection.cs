using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Maps;

namespace JourneyBot.Journeys.Maps;

/// <summary>
/// Finds the map a person is working on: the one they last chose or created here; if none (or it
/// was deleted), the only map of the scope when there is exactly one.
/// </summary>
public sealed class MapSelection(IMapRepository maps)
{
    public async Task<MapLookup> CurrentAsync(MapScope scope, string userId, CancellationToken cancellationToken)
    {
        var selectedId = await maps.GetSelectedMapIdAsync(scope, userId, cancellationToken);
        if (selectedId is not null && await maps.GetAsync(scope, selectedId, cancellationToken) is { } selected)
        {
            return new MapLookup(selected, MapLookupProblem.None);
        }

        var all = await maps.ListAsync(scope, cancellationToken);
        return all.Count switch
        {
            0 => new MapLookup(null, MapLookupProblem.NoMaps),
            1 => new MapLookup(all[0], MapLookupProblem.None),
            _ => new MapLookup(null, MapLookupProblem.NoneSelected),
        };
    }

    /// <summary>
    /// Maps matching what someone typed after <c>use</c>: the id, else the exact name (ignoring case and
    /// accents), else names containing it.
    /// </summary>
    public static IReadOnlyList<JourneyMap> Match(IReadOnlyList<JourneyMap> candidates, string typed)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var folded = NameComparer.Fold(typed);
        if (folded.Length == 0)
        {
            return [];
        }

        var byId = candidates.Where(m => string.Equals(m.Id, folded, StringComparison.OrdinalIgnoreCase)).ToList();
        if (byId.Count > 0)
        {
            return byId;
        }

        var exact = candidates.Where(m => NameComparer.Fold(m.Name) == folded).ToList();
        return exact.Count > 0
            ? exact
            : candidates.Where(m => NameComparer.Fold(m.Name).Contains(folded, StringComparison.Ordinal)).ToList();
    }
}
