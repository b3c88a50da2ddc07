using JourneyBot.Domain.Maps;

namespace JourneyBot.Journeys.Reminders;

/// <summary>
/// Where a reminder learns about the map's action plan. The default knows of no action items; the action
/// plan replaces it with its own registration.
/// </summary>
public interface IReminderActionItems
{
    Task<ReminderActions> ForReminderAsync(JourneyMap map, DateTimeOffset now, CancellationToken cancellationToken);
}
