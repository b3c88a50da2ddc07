using Azure;
using Azure.Data.Tables;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Reviews;

namespace JourneyBot.Storage.Reviews;

/// <summary>One person's verdict on one note in one review (see <see cref="ReviewKeys.ConfirmationRow"/>).</summary>
internal sealed class ConfirmationEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string ReviewId { get; set; } = string.Empty;
    public string NoteId { get; set; } = string.Empty;
    public string ById { get; set; } = string.Empty;
    public string ByName { get; set; } = string.Empty;
    public string Verdict { get; set; } = string.Empty;
    public DateTimeOffset At { get; set; }

    public static ConfirmationEntity From(string partition, string reviewId, ReviewConfirmation confirmation) => new()
    {
        PartitionKey = partition,
        RowKey = ReviewKeys.ConfirmationRow(reviewId, confirmation.NoteId, confirmation.By.Id),
        ReviewId = reviewId,
        NoteId = confirmation.NoteId,
        ById = confirmation.By.Id,
        ByName = confirmation.By.Name,
        Verdict = confirmation.Verdict.ToString(),
        At = confirmation.At,
    };

    public ReviewConfirmation ToConfirmation() => new(NoteId, new Person(ById, ByName), Enum.Parse<ReviewVerdict>(Verdict), At);
}
