using Azure;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Maps;
using JourneyBot.Storage.Notes;
using JourneyBot.Storage.Tables;

namespace JourneyBot.Storage.Submissions;

/// <summary>
/// Claims in the submissions table, one partition per map (as its notes). A claim is an insert (409: someone
/// claimed first, whose claim is read back); re-pointing a claim is guarded by the row's ETag.
/// </summary>
internal sealed class TableSubmissionClaims(StorageTables tables) : ISubmissionClaims
{
    public async Task<SubmissionClaim> ClaimAsync(MapScope scope, string mapId, string key, SubmissionClaim proposed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(proposed);
        var entity = new SubmissionEntity
        {
            PartitionKey = NoteKeys.Partition(scope, mapId),
            RowKey = TableKey.Encode(key),
            MapId = mapId,
            Key = key,
            ItemId = proposed.ItemId,
            At = proposed.At,
        };
        try
        {
            await tables.RunAsync(TableNames.Submissions, (table, ct) => table.AddEntityAsync(entity, ct), cancellationToken);
            return proposed with { IsNew = true };
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            var stored = await ReadAsync(entity.PartitionKey, entity.RowKey, cancellationToken)
                ?? throw new InvalidOperationException("A claim that conflicted on insert could not be read.", ex);
            return new SubmissionClaim(stored.ItemId, stored.At);
        }
    }

    public async Task<SubmissionClaim> ReassignAsync(MapScope scope, string mapId, string key, SubmissionClaim current, string itemId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(current);
        var partition = NoteKeys.Partition(scope, mapId);
        var row = TableKey.Encode(key);
        var stored = await ReadAsync(partition, row, cancellationToken)
            ?? throw new InvalidOperationException("A claim to re-point is missing.");
        if (stored.ItemId != current.ItemId)
        {
            return new SubmissionClaim(stored.ItemId, stored.At);
        }

        stored.ItemId = itemId;
        try
        {
            await tables.RunAsync(TableNames.Submissions, (table, ct) => table.UpdateEntityAsync(stored, stored.ETag, Azure.Data.Tables.TableUpdateMode.Replace, ct), cancellationToken);
            return new SubmissionClaim(itemId, stored.At);
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            // Another click re-pointed it first: follow theirs.
            var theirs = await ReadAsync(partition, row, cancellationToken) ?? throw new InvalidOperationException("A claim to re-point vanished.", ex);
            return new SubmissionClaim(theirs.ItemId, theirs.At);
        }
    }

    private async Task<SubmissionEntity?> ReadAsync(string partition, string row, CancellationToken cancellationToken)
    {
        var response = await tables.RunAsync(
            TableNames.Submissions,
            (table, ct) => table.GetEntityIfExistsAsync<SubmissionEntity>(partition, row, cancellationToken: ct),
            cancellationToken);
        return response.HasValue ? response.Value : null;
    }
}
