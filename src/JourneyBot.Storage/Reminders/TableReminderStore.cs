using Azure;
using Azure.Data.Tables;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Reminders;
using JourneyBot.Storage.Tables;
using Microsoft.Extensions.Logging;

namespace JourneyBot.Storage.Reminders;

/// <summary>
/// Reminders in the reminders table (see <see cref="ReminderKeys"/>). A dispatcher reads only the hour
/// buckets from the cursor up to now, and claims each due row by updating its lease under the row's ETag:
/// of two instances that read the same row, only one update succeeds.
/// </summary>
internal sealed partial class TableReminderStore(
    StorageTables tables,
    ILogger<TableReminderStore> logger) : IReminderStore
{
    /// <summary>How far back a round reads at most, whatever the cursor says (a bot down for longer loses older reminders' periods, not the maps' schedules).</summary>
    internal static readonly TimeSpan MaxLookback = TimeSpan.FromDays(62);

    /// <summary>Where the first round starts when no cursor was ever written.</summary>
    internal static readonly TimeSpan FirstLookback = TimeSpan.FromDays(1);

    private const int MaxSetAttempts = 5;

    public async Task<ReminderEntry?> GetAsync(MapScope scope, string mapId, CancellationToken cancellationToken)
    {
        var index = await ReadIndexAsync(scope, mapId, cancellationToken);
        if (index is null)
        {
            return null;
        }

        var due = await ReadAsync<ReminderDueEntity>(index.DuePartition, index.DueRow, cancellationToken);
        return due?.ToEntry();
    }

    public async Task SetAsync(ReminderEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var row = ReminderDueEntity.From(entry);
        for (var attempt = 1; ; attempt++)
        {
            var index = await ReadIndexAsync(entry.Scope, entry.MapId, cancellationToken);
            await tables.RunAsync(TableNames.Reminders, (table, ct) => table.UpsertEntityAsync(row, TableUpdateMode.Replace, ct), cancellationToken);
            var pointer = new ReminderIndexEntity
            {
                PartitionKey = ReminderKeys.IndexPartition(entry.Scope, entry.MapId),
                RowKey = ReminderKeys.IndexRow,
                DuePartition = row.PartitionKey,
                DueRow = row.RowKey,
            };
            try
            {
                await tables.RunAsync(
                    TableNames.Reminders,
                    (table, ct) => index is null ? table.AddEntityAsync(pointer, ct) : table.UpdateEntityAsync(pointer, index.ETag, TableUpdateMode.Replace, ct),
                    cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < MaxSetAttempts)
            {
                // Another writer moved the map's reminder first: read its pointer again and replace that one.
                LogSetConflict(logger, entry.MapId, attempt);
                continue;
            }

            if (index is not null && !index.PointsAt(row.PartitionKey, row.RowKey))
            {
                await DeleteQuietlyAsync(index.DuePartition, index.DueRow, ETag.All, cancellationToken);
            }

            await EnsureCursorAsync(entry.DueAt, cancellationToken);
            return;
        }
    }

    public async Task RemoveAsync(MapScope scope, string mapId, CancellationToken cancellationToken)
    {
        var index = await ReadIndexAsync(scope, mapId, cancellationToken);
        if (index is null)
        {
            return;
        }

        await DeleteQuietlyAsync(index.PartitionKey, index.RowKey, ETag.All, cancellationToken);
        await DeleteQuietlyAsync(index.DuePartition, index.DueRow, ETag.All, cancellationToken);
    }

    public async Task<IReadOnlyList<ReminderClaim>> ClaimDueAsync(DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        var nowHour = ReminderKeys.Hour(now);
        var cursor = await ReadAsync<ReminderCursorEntity>(ReminderKeys.CursorPartition, ReminderKeys.CursorRow, cancellationToken);
        var start = cursor is null ? ReminderKeys.Hour(now - FirstLookback) : ReminderKeys.ParseBucket(cursor.Bucket);
        var oldest = ReminderKeys.Hour(now - MaxLookback);
        if (start < oldest)
        {
            start = oldest;
        }

        var claims = new List<ReminderClaim>();
        DateTimeOffset? firstSeen = null;
        var rowEnd = ReminderKeys.DueRowEnd(now);
        for (var hour = start; hour <= nowHour && claims.Count < max; hour = hour.AddHours(1))
        {
            var partition = ReminderKeys.DuePartition(hour);
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey lt {rowEnd}");
            var due = await tables.RunAsync<List<ReminderDueEntity>>(
                TableNames.Reminders,
                async (table, ct) =>
                {
                    var rows = new List<ReminderDueEntity>();
                    await foreach (var entity in table.QueryAsync<ReminderDueEntity>(filter, cancellationToken: ct))
                    {
                        rows.Add(entity);
                    }

                    return rows;
                },
                cancellationToken);

            foreach (var row in due)
            {
                firstSeen ??= hour;
                if (claims.Count >= max)
                {
                    break;
                }

                if (await TryClaimAsync(row, now, lease, cancellationToken) is { } claim)
                {
                    claims.Add(claim);
                }
            }
        }

        // Rows seen this round (leased, just claimed, or left for the next round) keep their hour in view
        // until they are gone; an hour before now stays in view for instances whose clocks run a little behind.
        var next = firstSeen is { } seen && seen < nowHour.AddHours(-1) ? seen : nowHour.AddHours(-1);
        if (cursor?.Bucket != ReminderKeys.Bucket(next))
        {
            var entity = new ReminderCursorEntity { Bucket = ReminderKeys.Bucket(next) };
            await tables.RunAsync(TableNames.Reminders, (table, ct) => table.UpsertEntityAsync(entity, TableUpdateMode.Replace, ct), cancellationToken);
        }

        return claims;
    }

    public async Task<bool> CompleteAsync(ReminderClaim claim, ReminderEntry? next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var (partition, row) = ParseToken(claim.Token);
        var index = await ReadIndexAsync(claim.Entry.Scope, claim.Entry.MapId, cancellationToken);
        var stillCurrent = index is not null && index.PointsAt(partition, row);
        var keepClaimedRow = false;
        if (stillCurrent && next is not null)
        {
            var nextRow = ReminderDueEntity.From(next);
            keepClaimedRow = nextRow.PartitionKey == partition && nextRow.RowKey == row;
            await tables.RunAsync(TableNames.Reminders, (table, ct) => table.UpsertEntityAsync(nextRow, TableUpdateMode.Replace, ct), cancellationToken);
            var pointer = new ReminderIndexEntity { PartitionKey = index!.PartitionKey, RowKey = index.RowKey, DuePartition = nextRow.PartitionKey, DueRow = nextRow.RowKey };
            try
            {
                await tables.RunAsync(TableNames.Reminders, (table, ct) => table.UpdateEntityAsync(pointer, index.ETag, TableUpdateMode.Replace, ct), cancellationToken);
                await EnsureCursorAsync(next.DueAt, cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.Status is 404 or 412)
            {
                // Rescheduled or removed while we were sending: that choice stands.
                stillCurrent = false;
                if (!keepClaimedRow)
                {
                    await DeleteQuietlyAsync(nextRow.PartitionKey, nextRow.RowKey, ETag.All, cancellationToken);
                }
            }
        }
        else if (stillCurrent)
        {
            await DeleteQuietlyAsync(index!.PartitionKey, index.RowKey, index.ETag, cancellationToken);
        }

        if (!keepClaimedRow)
        {
            await DeleteQuietlyAsync(partition, row, ETag.All, cancellationToken);
        }

        return stillCurrent;
    }

    private async Task<ReminderClaim?> TryClaimAsync(ReminderDueEntity row, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        if (row.LeaseUntil is { } until && until > now)
        {
            return null;
        }

        row.LeaseUntil = now + lease;
        try
        {
            await tables.RunAsync(TableNames.Reminders, (table, ct) => table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, ct), cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Another instance claimed (or finished) it between our read and our write.
            LogClaimLost(logger, row.MapId, ex.Status);
            return null;
        }

        var entry = row.ToEntry();
        var index = await ReadIndexAsync(entry.Scope, entry.MapId, cancellationToken);
        if (index is null || !index.PointsAt(row.PartitionKey, row.RowKey))
        {
            // Left behind by a writer that stopped half-way: the map's pointer says another row counts.
            LogStaleRow(logger, row.MapId, row.PartitionKey, row.RowKey);
            await DeleteQuietlyAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
            return null;
        }

        return new ReminderClaim(entry, row.PartitionKey + "\n" + row.RowKey);
    }

    private async Task EnsureCursorAsync(DateTimeOffset due, CancellationToken cancellationToken)
    {
        // Only when none exists: a first round then starts no later than the first reminder ever set.
        var entity = new ReminderCursorEntity { Bucket = ReminderKeys.Bucket(ReminderKeys.Hour(due).AddHours(-1)) };
        try
        {
            await tables.RunAsync(TableNames.Reminders, (table, ct) => table.AddEntityAsync(entity, ct), cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // A cursor exists; rounds move it.
        }
    }

    private static (string Partition, string Row) ParseToken(string token)
    {
        var parts = token.Split('\n');
        return parts.Length == 2 ? (parts[0], parts[1]) : throw new ArgumentException("Not a reminder claim token.", nameof(token));
    }

    private Task<ReminderIndexEntity?> ReadIndexAsync(MapScope scope, string mapId, CancellationToken cancellationToken) =>
        ReadAsync<ReminderIndexEntity>(ReminderKeys.IndexPartition(scope, mapId), ReminderKeys.IndexRow, cancellationToken);

    private async Task<T?> ReadAsync<T>(string partition, string row, CancellationToken cancellationToken)
        where T : class, ITableEntity
    {
        var response = await tables.RunAsync(
            TableNames.Reminders,
            (table, ct) => table.GetEntityIfExistsAsync<T>(partition, row, cancellationToken: ct),
            cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    private async Task DeleteQuietlyAsync(string partition, string row, ETag etag, CancellationToken cancellationToken)
    {
        try
        {
            await tables.RunAsync(TableNames.Reminders, (table, ct) => table.DeleteEntityAsync(partition, row, etag, ct), cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Already gone, or changed by its new owner: nothing of ours to delete.
        }
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Debug, Message = "The reminder of map {MapId} was moved concurrently (attempt {Attempt}); reading it again")]
    private static partial void LogSetConflict(ILogger logger, string mapId, int attempt);

    [LoggerMessage(EventId = 21, Level = LogLevel.Debug, Message = "Another instance claimed the reminder of map {MapId} first ({Status})")]
    private static partial void LogClaimLost(ILogger logger, string mapId, int status);

    [LoggerMessage(EventId = 22, Level = LogLevel.Information, Message = "Dropped a stale reminder row of map {MapId} ({Partition} / {Row})")]
    private static partial void LogStaleRow(ILogger logger, string mapId, string partition, string row);
}
