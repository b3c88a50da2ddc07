using Azure;
using Azure.Data.Tables;

namespace JourneyBot.Storage.Tables;

/// <summary>
/// One row's read-modify-write guarded by its ETag: read, work out the replacement, replace only if nobody
/// wrote in between; on a conflict (412) read again and retry, with back-off, a bounded number of times.
/// </summary>
internal sealed class EntityUpdate<TEntity>(StorageTables tables, string table, TimeProvider time, int maxAttempts)
    where TEntity : class, ITableEntity, IWriteTagged
{
    /// <summary>Runs the update; whatever <paramref name="replace"/> throws propagates before anything is written.</summary>
    /// <param name="read">Reads the stored row, or null when there is none.</param>
    /// <param name="replace">Gets the stored row; returns the row to write, or null when nothing needs writing.</param>
    /// <param name="notFound">The exception for a row that is missing or vanished.</param>
    /// <param name="onConflict">Called with the attempt number after each conflict (for logging).</param>
    /// <param name="gaveUp">The exception after the last attempt conflicted, given that conflict.</param>
    /// <param name="cancellationToken">Stops reading, writing and waiting.</param>
    /// <returns>The row as written (or as stored, when nothing changed).</returns>
    public async Task<TEntity> RunAsync(
        Func<CancellationToken, Task<TEntity?>> read,
        Func<TEntity, TEntity?> replace,
        Func<Exception> notFound,
        Action<int> onConflict,
        Func<RequestFailedException?, Exception> gaveUp,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(replace);
        ArgumentNullException.ThrowIfNull(notFound);
        ArgumentNullException.ThrowIfNull(onConflict);
        ArgumentNullException.ThrowIfNull(gaveUp);
        RequestFailedException? lastConflict = null;
        string? lastWrite = null;
        for (var attempt = 1; attempt <= maxAttempts; attempt++)
        {
            var stored = await read(cancellationToken) ?? throw notFound();
            if (lastWrite is not null && WriteIds.IsOwn(stored, lastWrite))
            {
                // The "conflict" was the client's retry of our own write, stored before its answer was lost:
                // applying the change again would do it twice.
                return stored;
            }

            var replacement = replace(stored);
            if (replacement is null)
            {
                return stored;
            }

            lastWrite = replacement.WriteId = WriteIds.New();
            try
            {
                await tables.RunAsync(table, (client, ct) => client.UpdateEntityAsync(replacement, stored.ETag, TableUpdateMode.Replace, ct), cancellationToken);
                return replacement;
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                lastConflict = ex;
                onConflict(attempt);
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                throw notFound();
            }

            if (attempt < maxAttempts)
            {
                await Task.Delay(ConflictBackOff.After(attempt), time, cancellationToken);
            }
        }

        throw gaveUp(lastConflict);
    }
}
