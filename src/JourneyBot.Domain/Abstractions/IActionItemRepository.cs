using JourneyBot.Domain.Actions;
using JourneyBot.Domain.Maps;

namespace JourneyBot.Domain.Abstractions;

/// <summary>
/// Stores a map's action items. Adding is a plain insert; changes to one item are ETag-guarded
/// read-modify-writes, so two people changing its status at once both land in its history.
/// </summary>
public interface IActionItemRepository
{
    /// <summary>Stores a new item; throws <see cref="ActionItemConflictException"/> if its id is taken in the map.</summary>
    Task AddAsync(MapScope scope, ActionItem item, CancellationToken cancellationToken);

    Task<ActionItem?> GetAsync(MapScope scope, string mapId, string itemId, CancellationToken cancellationToken);

    /// <summary>The map's action items, oldest first.</summary>
    Task<IReadOnlyList<ActionItem>> ListAsync(MapScope scope, string mapId, CancellationToken cancellationToken);

    /// <summary>
    /// Applies <paramref name="change"/> to the stored item, re-reading and re-applying when another writer got
    /// there first (bounded), and returns the stored result. Throws <see cref="ActionItemNotFoundException"/>,
    /// <see cref="ActionItemConflictException"/>, or whatever <paramref name="change"/> throws (nothing written).
    /// </summary>
    Task<ActionItem> UpdateAsync(MapScope scope, string mapId, string itemId, Func<ActionItem, ActionItem> change, CancellationToken cancellationToken);
}
