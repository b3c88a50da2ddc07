using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Maps;

namespace JourneyBot.Journeys.Reminders;

/// <summary>
/// The reminder's view of the action plan: which notes already have an action item (any status: a red
/// flag someone acted on is not "without an action"), and the pending items whose due date has passed.
/// Overdue is judged by the date in the map's time zone.
/// </summary>
internal sealed class ActionPlanReminderItems(IActionItemRepository items) : IReminderActionItems
{
    public async Task<ReminderActions> ForReminderAsync(JourneyMap map, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(map);
        var all = await items.ListAsync(map.Scope, map.Id, cancellationToken);
        var zone = map.Cadence.TimeZone;
        var today = map.LocalDate(now);
        var withActions = all.Where(i => i.FromNoteId is not null).Select(i => i.FromNoteId!).ToHashSet(StringComparer.Ordinal);
        var overdue = all
            .Where(i => i.IsOverdue(today))
            .Select(i => new OverdueAction(i.Text, i.Owner.Name, StartOf(i.Due!.Value, zone)))
            .ToList();
        return new ReminderActions(withActions, overdue);
    }

    private static DateTimeOffset StartOf(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
