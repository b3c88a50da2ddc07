using Azure;
using JourneyBot.BotKit.State;
using JourneyBot.Storage.Tables;

namespace JourneyBot.Storage.State;

/// <summary>
/// Activity ids claimed in the activities table (PartitionKey: encoded conversation id, RowKey: encoded
/// activity id). Claiming is an insert, so of two instances handling a re-delivery only one wins.
/// </summary>
internal sealed class TableProcessedActivityStore(StorageTables tables, TimeProvider timeProvider) : IProcessedActivityStore
{
    public async Task<bool> TryBeginAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(activityId);
        var entity = new ProcessedActivityEntity
        {
            PartitionKey = TableKey.Encode(conversationId),
            RowKey = TableKey.Encode(activityId),
            ConversationId = conversationId,
            ActivityId = activityId,
            BegunAt = timeProvider.GetUtcNow(),
            WriteId = WriteIds.New(),
        };
        try
        {
            await tables.RunAsync(TableNames.Activities, (table, ct) => table.AddEntityAsync(entity, ct), cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // A 409 may answer the client's own retry of an insert that was stored but whose answer was lost:
            // then the claim is ours. Dropping the activity as a re-delivery would lose the person's message.
            var stored = await tables.RunAsync(
                TableNames.Activities,
                (table, ct) => table.GetEntityIfExistsAsync<ProcessedActivityEntity>(entity.PartitionKey, entity.RowKey, cancellationToken: ct),
                cancellationToken);
            return stored.HasValue && WriteIds.IsOwn(stored.Value, entity.WriteId);
        }
    }

    public async Task AbandonAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(activityId);
        var partition = TableKey.Encode(conversationId);
        var row = TableKey.Encode(activityId);
        try
        {
            await tables.RunAsync(
                TableNames.Activities,
                (table, ct) => table.DeleteEntityAsync(partition, row, ETag.All, ct),
                cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Never claimed or already released: nothing to release.
        }
    }
}
