using Azure;
using Azure.Data.Tables;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Maps;
using JourneyBot.Storage.Tables;
using Microsoft.Extensions.Logging;

namespace JourneyBot.Storage.Maps;

/// <summary>
/// Journey maps in the maps table (see <see cref="MapKeys"/>). Every change is a read-modify-write
/// guarded by the row's ETag, retried a bounded number of times when another writer got there first.
/// </summary>
internal sealed class TableMapRepository(
    StorageTables tables,
    TimeProvider timeProvider,
    ILogger<TableMapRepository> logger) : IMapRepository
{
    /// <summary>How many times <see cref="UpdateAsync"/> reads, changes and writes before giving up.</summary>
    internal const int MaxUpdateAttempts = 10;

    private readonly SelectionGuesses _selections = new();

    public async Task<JourneyMap?> GetAsync(MapScope scope, string mapId, CancellationToken cancellationToken)
    {
        // A turn asks for its map in several places (selection, dialog steps, the contribution): one read per turn.
        var memo = TurnReadCache.Current;
        var (partition, row) = (MapKeys.Partition(scope), MapKeys.MapRow(mapId));
        if (memo is null || !memo.TryGet<MapEntity>(TableNames.Maps, partition, row, out var entity))
        {
            entity = await ReadAsync(scope, mapId, cancellationToken);
            memo?.Remember(TableNames.Maps, partition, row, entity);
        }

        return entity is null || entity.DeletedAt is not null ? null : entity.ToMap();
    }

    public Task<IReadOnlyList<JourneyMap>> ListAsync(MapScope scope, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {MapKeys.Partition(scope)} and RowKey ge {MapKeys.MapRowPrefix} and RowKey lt {MapKeys.MapRowEnd}");
        return tables.RunAsync<IReadOnlyList<JourneyMap>>(
            TableNames.Maps,
            async (table, ct) =>
            {
                var maps = new List<JourneyMap>();
                await foreach (var entity in table.QueryAsync<MapEntity>(filter, cancellationToken: ct))
                {
                    if (entity.DeletedAt is null)
                    {
                        maps.Add(entity.ToMap());
                    }
                }

                return maps.OrderBy(m => m.CreatedAt).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();
            },
            cancellationToken);
    }

    public async Task CreateAsync(JourneyMap map, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(map);
        Forget(map.Scope, map.Id);
        var entity = MapEntity.FromMap(map);
        entity.WriteId = WriteIds.New();
        try
        {
            await tables.RunAsync(TableNames.Maps, (table, ct) => table.AddEntityAsync(entity, ct), cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // The client's retry of our own insert, stored before its answer was lost, is no conflict.
            if (!WriteIds.IsOwn(await ReadAsync(map.Scope, map.Id, cancellationToken), entity.WriteId))
            {
                throw new MapConflictException(map.Id, ex);
            }
        }
    }

    public async Task<JourneyMap> UpdateAsync(
        MapScope scope,
        string mapId,
        Func<JourneyMap, JourneyMap> change,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(change);
        Forget(scope, mapId);
        RequestFailedException? lastConflict = null;
        string? lastWrite = null;
        for (var attempt = 1; attempt <= MaxUpdateAttempts; attempt++)
        {
            var stored = await ReadAsync(scope, mapId, cancellationToken) ?? throw new MapNotFoundException(mapId);
            if (lastWrite is not null && WriteIds.IsOwn(stored, lastWrite))
            {
                // The "conflict" was the client's retry of our own write, stored before its answer was lost:
                // applying the change again would do it twice (or fail on its own result, e.g. a duplicate lane).
                return stored.ToMap();
            }

            // Whatever change throws (a broken map rule, say) propagates before anything is written.
            var current = stored.ToMap();
            var changed = change(current);
            if (changed.Id != current.Id || changed.Scope != current.Scope)
            {
                throw new InvalidOperationException(
                    $"A change to map '{mapId}' must keep its id and scope; it returned map '{changed.Id}' in scope '{changed.Scope}'.");
            }

            var entity = MapEntity.FromMap(changed);
            lastWrite = entity.WriteId = WriteIds.New();
            try
            {
                await tables.RunAsync(
                    TableNames.Maps,
                    (table, ct) => table.UpdateEntityAsync(entity, stored.ETag, TableUpdateMode.Replace, ct),
                    cancellationToken);
                return changed;
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                lastConflict = ex;
                logger.MapUpdateConflict(mapId, attempt, MaxUpdateAttempts);
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                throw new MapNotFoundException(mapId);
            }

            if (attempt < MaxUpdateAttempts)
            {
                await Task.Delay(ConflictBackOff.After(attempt), timeProvider, cancellationToken);
            }
        }

        logger.MapUpdateGaveUp(mapId, MaxUpdateAttempts);
        throw new MapConflictException(mapId, lastConflict);
    }

    public async Task<string?> GetSelectedMapIdAsync(MapScope scope, string userId, CancellationToken cancellationToken)
    {
        var partition = MapKeys.Partition(scope);
        var row = MapKeys.SelectionRow(userId);
        var memo = TurnReadCache.Current;
        if (memo is not null && _selections.Guess(partition, row) is { } guess
            && !memo.TryGet<MapEntity>(TableNames.Maps, partition, MapKeys.MapRow(guess), out _))
        {
            return await ReadSelectionWithMapAsync(memo, partition, row, guess, cancellationToken);
        }

        var response = await tables.RunAsync(
            TableNames.Maps,
            (table, ct) => table.GetEntityIfExistsAsync<MapSelectionEntity>(partition, row, cancellationToken: ct),
            cancellationToken);
        var selected = response.HasValue ? response.Value!.MapId : null;
        _selections.Learn(partition, row, selected);
        return selected;
    }

    public Task SetSelectedMapIdAsync(MapScope scope, string userId, string mapId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userId);
        ArgumentNullException.ThrowIfNull(mapId);
        var entity = new MapSelectionEntity
        {
            PartitionKey = MapKeys.Partition(scope),
            RowKey = MapKeys.SelectionRow(userId),
            UserId = userId,
            MapId = mapId,
            SelectedAt = timeProvider.GetUtcNow(),
        };
        _selections.Learn(entity.PartitionKey, entity.RowKey, mapId);
        return tables.RunAsync(
            TableNames.Maps,
            (table, ct) => table.UpsertEntityAsync(entity, TableUpdateMode.Replace, ct),
            cancellationToken);
    }

    /// <summary>
    /// The selection row and the row of the map it named last time, in one query of the scope's partition (one
    /// transaction instead of two point reads). The selection is always read afresh, so a choice made on another
    /// instance is seen: when it names another map, that map is read as before. The map row found goes into the
    /// turn's memo, where the next <see cref="GetAsync"/> finds it.
    /// </summary>
    private async Task<string?> ReadSelectionWithMapAsync(TurnReadCache memo, string partition, string selectionRow, string guess, CancellationToken cancellationToken)
    {
        var mapRow = MapKeys.MapRow(guess);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and (RowKey eq {selectionRow} or RowKey eq {mapRow})");
        var (selected, map) = await tables.RunAsync(
            TableNames.Maps,
            async (table, ct) =>
            {
                // Both row kinds read as MapEntity: a selection row fills only its MapId (the column names agree).
                string? selectedId = null;
                MapEntity? mapEntity = null;
                await foreach (var entity in table.QueryAsync<MapEntity>(filter, cancellationToken: ct))
                {
                    if (entity.RowKey == selectionRow)
                    {
                        selectedId = entity.MapId;
                    }
                    else if (entity.RowKey == mapRow)
                    {
                        mapEntity = entity;
                    }
                }

                return (selectedId, mapEntity);
            },
            cancellationToken);

        // Whether or not the map row exists, this is what the turn would read for it now.
        memo.Remember(TableNames.Maps, partition, mapRow, map);
        _selections.Learn(partition, selectionRow, selected);
        return selected;
    }

    /// <summary>The row is about to change: this turn's next read goes to storage (and sees the change).</summary>
    private static void Forget(MapScope scope, string mapId) =>
        TurnReadCache.Current?.Forget(TableNames.Maps, MapKeys.Partition(scope), MapKeys.MapRow(mapId));

    private async Task<MapEntity?> ReadAsync(MapScope scope, string mapId, CancellationToken cancellationToken)
    {
        var partition = MapKeys.Partition(scope);
        var row = MapKeys.MapRow(mapId);
        var response = await tables.RunAsync(
            TableNames.Maps,
            (table, ct) => table.GetEntityIfExistsAsync<MapEntity>(partition, row, cancellationToken: ct),
            cancellationToken);
        return response.HasValue ? response.Value : null;
    }
}
