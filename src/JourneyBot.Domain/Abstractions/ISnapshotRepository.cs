using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Reviews;

namespace JourneyBot.Domain.Abstractions;

/// <summary>Stores the snapshots taken when reviews close, newest first.</summary>
public interface ISnapshotRepository
{
    Task AddAsync(MapScope scope, MapSnapshot snapshot, CancellationToken cancellationToken);

    /// <summary>The map's most recent snapshot, or null before its first closed review.</summary>
    Task<MapSnapshot?> GetLatestAsync(MapScope scope, string mapId, CancellationToken cancellationToken);
}
