using JourneyBot.Domain.Maps;

namespace JourneyBot.Domain.Abstractions;

/// <summary>Stores journey maps by scope, with optimistic concurrency on every change.</summary>
public interface IMapRepository
{
    /// <summary>The map, or null when there is none (or it was deleted).</summary>
    Task<JourneyMap?> GetAsync(MapScope scope, string mapId, CancellationToken cancellationToken);

    /// <summary>All maps of a scope that are not deleted, oldest first.</summary>
    Task<IReadOnlyList<JourneyMap>> ListAsync(MapScope scope, CancellationToken cancellationToken);

    /// <summary>Stores a new map; throws <see cref="MapConflictException"/> if the id is taken.</summary>
    Task CreateAsync(JourneyMap map, CancellationToken cancellationToken);

    /// <summary>
    /// Read-modify-write guarded by the ETag: <paramref name="change"/> is applied to the latest stored
    /// map and re-applied when another writer got there first, a bounded number of times. Returns the
    /// stored result. Throws <see cref="MapNotFoundException"/>, <see cref="MapConflictException"/>
    /// (still conflicting after the retries) or whatever <paramref name="change"/> throws
    /// (e.g. <see cref="MapRuleException"/>), in which case nothing is written.
    /// </summary>
    Task<JourneyMap> UpdateAsync(MapScope scope, string mapId, Func<JourneyMap, JourneyMap> change, CancellationToken cancellationToken);

    /// <summary>The map a person last chose (or created) in a scope, if any.</summary>
    Task<string?> GetSelectedMapIdAsync(MapScope scope, string userId, CancellationToken cancellationToken);

    Task SetSelectedMapIdAsync(MapScope scope, string userId, string mapId, CancellationToken cancellationToken);
}

/// <summary>The map does not exist in that scope.</summary>
public sealed class MapNotFoundException(string mapId) : Exception($"Map '{mapId}' was not found.")
{
    public string MapId { get; } = mapId;
}

/// <summary>Concurrent writers kept colliding, or a new map's id was taken; nothing was lost, nothing written.</summary>
public sealed class MapConflictException(string mapId, Exception? innerException = null)
    : Exception($"Map '{mapId}' was changed concurrently.", innerException)
{
    public string MapId { get; } = mapId;
}
