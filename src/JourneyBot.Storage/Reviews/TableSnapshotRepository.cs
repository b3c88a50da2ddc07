using Azure.Data.Tables;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Reviews;
using JourneyBot.Storage.Tables;

namespace JourneyBot.Storage.Reviews;

/// <summary>Snapshots in the snapshots table: one partition per map, newest row first (inverted time keys).</summary>
internal sealed class TableSnapshotRepository(StorageTables tables) : ISnapshotRepository
{
    public Task AddAsync(MapScope scope, MapSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var entity = SnapshotEntity.From(scope, snapshot);

        // Upsert: a retried close writes the same row again instead of failing.
        return tables.RunAsync(TableNames.Snapshots, (table, ct) => table.UpsertEntityAsync(entity, TableUpdateMode.Replace, ct), cancellationToken);
    }

    public Task<MapSnapshot?> GetLatestAsync(MapScope scope, string mapId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {ReviewKeys.Partition(scope, mapId)}");
        return tables.RunAsync<MapSnapshot?>(
            TableNames.Snapshots,
            async (table, ct) =>
            {
                await foreach (var entity in table.QueryAsync<SnapshotEntity>(filter, maxPerPage: 1, cancellationToken: ct))
                {
                    return entity.ToSnapshot();
                }

                return null;
            },
            cancellationToken);
    }
}
