using JourneyBot.Domain.Maps;

namespace JourneyBot.Journeys.Reminders;

/// <summary>The reminder's view of the action plan when there is none.</summary>
internal sealed class NoReminderActionItems : IReminderActionItems
{
    public Task<ReminderActions> ForReminderAsync(JourneyMap map, DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult(ReminderActions.None);
}
