using JourneyBot.Domain.Maps;

namespace JourneyBot.Domain.Abstractions;

/// <summary>
/// The reminder schedule as the review flow sees it: closing a review moves the map's next reminder to
/// one cadence after the review (instead of nagging about a map that was just reviewed).
/// </summary>
public interface IReviewReminders
{
    /// <summary>A review of the map was closed at <paramref name="closedAt"/>: schedule the next reminder from then.</summary>
    Task ReviewClosedAsync(MapScope scope, string mapId, DateTimeOffset closedAt, CancellationToken cancellationToken);
}
