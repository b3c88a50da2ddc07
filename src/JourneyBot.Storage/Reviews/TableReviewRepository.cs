using Azure;
using Azure.Data.Tables;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Reviews;
using JourneyBot.Storage.Tables;

namespace JourneyBot.Storage.Reviews;

/// <summary>
/// Reviews in the reviews table (see <see cref="ReviewKeys"/>). Opening writes the <c>open</c> row and the
/// review's row in one transaction, so of two people opening at once one wins and the other joins; closing
/// deletes the <c>open</c> row and marks the review closed in one ETag-guarded transaction, so only one closer
/// wins. Confirmations are rows of their own: concurrent reviewers never touch the same row.
/// </summary>
internal sealed class TableReviewRepository(StorageTables tables) : IReviewRepository
{
    private const int StartAttempts = 3;

    public async Task<Review?> GetOpenAsync(MapScope scope, string mapId, CancellationToken cancellationToken)
    {
        var partition = ReviewKeys.Partition(scope, mapId);
        var open = await ReadAsync(partition, ReviewKeys.OpenRow, cancellationToken);
        if (open is null)
        {
            return null;
        }

        var row = await ReadAsync(partition, ReviewKeys.ReviewRow(open.ReviewId), cancellationToken);
        return row is null ? null : row.ToReview(await ConfirmationsAsync(partition, open.ReviewId, cancellationToken));
    }

    public async Task<(Review Review, bool Started)> StartAsync(MapScope scope, Review review, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        var partition = ReviewKeys.Partition(scope, review.MapId);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await tables.RunAsync(
                    TableNames.Reviews,
                    (table, ct) => table.SubmitTransactionAsync(
                    [
                        new TableTransactionAction(TableTransactionActionType.Add, ReviewEntity.From(partition, ReviewKeys.OpenRow, review)),
                        new TableTransactionAction(TableTransactionActionType.Add, ReviewEntity.From(partition, ReviewKeys.ReviewRow(review.Id), review)),
                    ], ct),
                    cancellationToken);
                return (review with { Confirmations = [] }, true);
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
                // Someone opened one first: join it (unless it was closed in between; then try again).
                if (await GetOpenAsync(scope, review.MapId, cancellationToken) is { } existing)
                {
                    return (existing, false);
                }

                if (attempt >= StartAttempts)
                {
                    throw new ReviewClosedException(review.Id);
                }
            }
        }
    }

    public async Task ConfirmAsync(MapScope scope, string mapId, string reviewId, ReviewConfirmation confirmation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(confirmation);
        var partition = ReviewKeys.Partition(scope, mapId);
        var open = await ReadAsync(partition, ReviewKeys.OpenRow, cancellationToken);
        if (open?.ReviewId != reviewId)
        {
            throw new ReviewClosedException(reviewId);
        }

        // A row per (review, note, person): a later verdict of the same person replaces theirs, nobody else's.
        var entity = ConfirmationEntity.From(partition, reviewId, confirmation);
        await tables.RunAsync(TableNames.Reviews, (table, ct) => table.UpsertEntityAsync(entity, TableUpdateMode.Replace, ct), cancellationToken);
    }

    public async Task<Review> CloseAsync(MapScope scope, string mapId, string reviewId, Person by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        var partition = ReviewKeys.Partition(scope, mapId);
        var open = await ReadAsync(partition, ReviewKeys.OpenRow, cancellationToken);
        var row = await ReadAsync(partition, ReviewKeys.ReviewRow(reviewId), cancellationToken);
        if (open?.ReviewId != reviewId || row is null || row.Status != nameof(ReviewStatus.Open))
        {
            throw new ReviewClosedException(reviewId);
        }

        var closed = row.ToReview([]).Close(by, at);
        var closedRow = ReviewEntity.From(partition, row.RowKey, closed);
        try
        {
            await tables.RunAsync(
                TableNames.Reviews,
                (table, ct) => table.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.Delete, open, open.ETag),
                    new TableTransactionAction(TableTransactionActionType.UpdateReplace, closedRow, row.ETag),
                ], ct),
                cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 409 or 412)
        {
            // Another facilitator closed it a moment earlier.
            throw new ReviewClosedException(reviewId);
        }

        return closed with { Confirmations = await ConfirmationsAsync(partition, reviewId, cancellationToken) };
    }

    private Task<IReadOnlyList<ReviewConfirmation>> ConfirmationsAsync(string partition, string reviewId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partition} and RowKey ge {ReviewKeys.ConfirmationPrefix(reviewId)} and RowKey lt {ReviewKeys.ConfirmationEnd(reviewId)}");
        return tables.RunAsync<IReadOnlyList<ReviewConfirmation>>(
            TableNames.Reviews,
            async (table, ct) =>
            {
                var all = new List<ReviewConfirmation>();
                await foreach (var entity in table.QueryAsync<ConfirmationEntity>(filter, cancellationToken: ct))
                {
                    all.Add(entity.ToConfirmation());
                }

                return all.OrderBy(c => c.At).ThenBy(c => c.NoteId, StringComparer.Ordinal).ThenBy(c => c.By.Id, StringComparer.Ordinal).ToList();
            },
            cancellationToken);
    }

    private async Task<ReviewEntity?> ReadAsync(string partition, string row, CancellationToken cancellationToken)
    {
        var response = await tables.RunAsync(
            TableNames.Reviews,
            (table, ct) => table.GetEntityIfExistsAsync<ReviewEntity>(partition, row, cancellationToken: ct),
            cancellationToken);
        return response.HasValue ? response.Value : null;
    }
}
