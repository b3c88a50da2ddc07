using Azure;
using Azure.Data.Tables;
using JourneyBot.BotKit.State;
using JourneyBot.Storage.Tables;

namespace JourneyBot.Storage.State;

/// <summary>
/// Dialog state in the dialogstate table: PartitionKey is the encoded conversation scope, RowKey the
/// encoded user, so two people in one channel never share a half-finished dialog.
/// </summary>
internal sealed class TableTurnStateStore(StorageTables tables, TimeProvider timeProvider) : ITurnStateStore
{
    /// <summary>The longest state document accepted, in characters (two string properties' worth).</summary>
    internal const int MaxJsonLength = 2 * TextColumns.MaxChunkLength;

    public async Task<StoredState?> ReadAsync(StateKey key, CancellationToken cancellationToken)
    {
        var (partition, row) = Keys(key);
        var response = await tables.RunAsync(
            TableNames.DialogState,
            (table, ct) => table.GetEntityIfExistsAsync<TurnStateEntity>(partition, row, cancellationToken: ct),
            cancellationToken);
        return response.HasValue && response.Value is { } entity
            ? new StoredState(entity.WholeJson(), entity.ETag.ToString())
            : null;
    }

    public async Task<string> WriteAsync(StateKey key, string json, string? etag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > MaxJsonLength)
        {
            throw new ArgumentException(
                $"The dialog state of user '{key.User}' in '{key.Scope}' is {json.Length} characters long; at most {MaxJsonLength} can be stored. Nothing was written.",
                nameof(json));
        }

        var (partition, row) = Keys(key);
        var (first, second) = TextColumns.Split(json);
        var entity = new TurnStateEntity
        {
            PartitionKey = partition,
            RowKey = row,
            Scope = key.Scope,
            User = key.User,
            Json = first,
            JsonContinued = second,
            SavedAt = timeProvider.GetUtcNow(),
            WriteId = WriteIds.New(),
        };

        try
        {
            var response = await tables.RunAsync(
                TableNames.DialogState,
                (table, ct) => etag is null
                    ? table.AddEntityAsync(entity, ct)
                    : table.UpdateEntityAsync(entity, new ETag(etag), TableUpdateMode.Replace, ct),
                cancellationToken);
            return response.Headers.ETag?.ToString()
                ?? throw new InvalidOperationException("Table Storage answered a write without an ETag.");
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412 or 404)
        {
            // The client may have retried a write that had been stored (its answer was lost): then it is this
            // turn's own and no conflict at all.
            if (ex.Status != 404 && await OwnWriteAsync(entity, cancellationToken) is { } own)
            {
                return own;
            }

            if (etag is null && ex.Status == 404)
            {
                throw;
            }

            throw new StateConflictException(
                etag is null
                    ? $"Dialog state of user '{key.User}' in '{key.Scope}' was created by another turn first."
                    : $"Dialog state of user '{key.User}' in '{key.Scope}' was changed or deleted by another turn.",
                ex);
        }
    }

    public async Task DeleteAsync(StateKey key, string? etag, CancellationToken cancellationToken)
    {
        var (partition, row) = Keys(key);
        try
        {
            await tables.RunAsync(
                TableNames.DialogState,
                (table, ct) => table.DeleteEntityAsync(partition, row, etag is null ? ETag.All : new ETag(etag), ct),
                cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Already gone: the caller wanted it gone.
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            throw new StateConflictException($"Dialog state of user '{key.User}' in '{key.Scope}' was changed by another turn; not deleted.", ex);
        }
    }

    /// <summary>The ETag of the stored row when it holds <paramref name="written"/>'s write; otherwise null.</summary>
    private async Task<string?> OwnWriteAsync(TurnStateEntity written, CancellationToken cancellationToken)
    {
        var stored = await tables.RunAsync(
            TableNames.DialogState,
            (table, ct) => table.GetEntityIfExistsAsync<TurnStateEntity>(written.PartitionKey, written.RowKey, cancellationToken: ct),
            cancellationToken);
        return stored.HasValue && WriteIds.IsOwn(stored.Value, written.WriteId!) ? stored.Value!.ETag.ToString() : null;
    }

    private static (string Partition, string Row) Keys(StateKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return (TableKey.Encode(key.Scope), TableKey.Encode(key.User));
    }
}
