using Azure;
using Azure.Data.Tables;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Reviews;

namespace JourneyBot.Storage.Reviews;

/// <summary>A review's own row (see <see cref="ReviewKeys.ReviewRow"/>), or with <see cref="ReviewKeys.OpenRow"/> the pointer to the open one.</summary>
internal sealed class ReviewEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string MapId { get; set; } = string.Empty;
    public string ReviewId { get; set; } = string.Empty;
    public string StartedById { get; set; } = string.Empty;
    public string StartedByName { get; set; } = string.Empty;
    public DateTimeOffset StartedAt { get; set; }
    public string Status { get; set; } = nameof(ReviewStatus.Open);
    public string? ClosedById { get; set; }
    public string? ClosedByName { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    public static ReviewEntity From(string partition, string rowKey, Review review) => new()
    {
        PartitionKey = partition,
        RowKey = rowKey,
        MapId = review.MapId,
        ReviewId = review.Id,
        StartedById = review.StartedBy.Id,
        StartedByName = review.StartedBy.Name,
        StartedAt = review.StartedAt,
        Status = review.Status.ToString(),
        ClosedById = review.ClosedBy?.Id,
        ClosedByName = review.ClosedBy?.Name,
        ClosedAt = review.ClosedAt,
    };

    public Review ToReview(IReadOnlyList<ReviewConfirmation> confirmations) => new()
    {
        MapId = MapId,
        Id = ReviewId,
        StartedBy = new Person(StartedById, StartedByName),
        StartedAt = StartedAt,
        Status = Enum.Parse<ReviewStatus>(Status),
        ClosedBy = ClosedById is null ? null : new Person(ClosedById, ClosedByName ?? string.Empty),
        ClosedAt = ClosedAt,
        Confirmations = confirmations,
    };
}
