using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Reviews;

namespace JourneyBot.Domain.Abstractions;

/// <summary>
/// Stores reviews: at most one open review per map, and confirmations that several people can add at once
/// without losing each other's.
/// </summary>
public interface IReviewRepository
{
    /// <summary>The map's open review with its confirmations, or null when none is open.</summary>
    Task<Review?> GetOpenAsync(MapScope scope, string mapId, CancellationToken cancellationToken);

    /// <summary>
    /// Opens <paramref name="review"/> unless the map already has an open review, in which case that one is
    /// returned (whoever came first wins; the second joins). <c>Started</c> tells which happened.
    /// </summary>
    Task<(Review Review, bool Started)> StartAsync(MapScope scope, Review review, CancellationToken cancellationToken);

    /// <summary>Records a confirmation (replacing the same person's earlier one on that note). Throws <see cref="ReviewClosedException"/> when the review is no longer open.</summary>
    Task ConfirmAsync(MapScope scope, string mapId, string reviewId, ReviewConfirmation confirmation, CancellationToken cancellationToken);

    /// <summary>
    /// Closes the open review, guarded so that only one of two people closing at once succeeds; returns the
    /// closed review with its confirmations. Throws <see cref="ReviewClosedException"/> when it was closed already.
    /// </summary>
    Task<Review> CloseAsync(MapScope scope, string mapId, string reviewId, Person by, DateTimeOffset at, CancellationToken cancellationToken);
}

/// <summary>The review is closed (or gone): nothing was written.</summary>
public sealed class ReviewClosedException(string reviewId) : Exception($"Review '{reviewId}' is not open.")
{
    public string ReviewId { get; } = reviewId;
}
