using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Reminders;
using Microsoft.Extensions.Options;

namespace JourneyBot.Journeys.Reminders;

/// <summary>
/// Keeps each map's next reminder in line with its cadence: when a map is created or its cadence changes,
/// when a review is closed (<see cref="IReviewReminders"/>), and when someone snoozes a reminder.
/// </summary>
public sealed class ReminderScheduler(IReminderStore store, IMapRepository maps, IOptions<ReminderOptions> options, TimeProvider time) : IReviewReminders
{
    /// <summary>How far a snooze moves the next reminder.</summary>
    public static TimeSpan SnoozePeriod { get; } = TimeSpan.FromDays(7);

    /// <summary>
    /// Schedules the first reminder of the map's cadence after now, sent to <paramref name="target"/> (or where
    /// the previous one went); removes it when reminders are off. Returns the entry, or null for none.
    /// </summary>
    public async Task<ReminderEntry?> ScheduleAsync(JourneyMap map, ReminderTarget? target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(map);
        var existing = await store.GetAsync(map.Scope, map.Id, cancellationToken);
        if (!map.Cadence.Enabled)
        {
            await store.RemoveAsync(map.Scope, map.Id, cancellationToken);
            return null;
        }

        target ??= existing?.Target;
        if (target is null)
        {
            return null;
        }

        var nominal = ReminderSchedule.FirstAfter(map.Cadence, time.GetUtcNow());
        return await SetAsync(map, target, nominal, existing, cancellationToken);
    }

    /// <summary>The next reminder comes one whole cadence after the review closed.</summary>
    public async Task ReviewClosedAsync(MapScope scope, string mapId, DateTimeOffset closedAt, CancellationToken cancellationToken)
    {
        var map = await maps.GetAsync(scope, mapId, cancellationToken);
        var existing = await store.GetAsync(scope, mapId, cancellationToken);
        if (map is null || !map.Cadence.Enabled || existing is null)
        {
            return;
        }

        await SetAsync(map, existing.Target, ReminderSchedule.OnePeriodAfter(map.Cadence, closedAt), existing, cancellationToken);
    }

    /// <summary>Moves the map's next reminder a week later (same local time); null when none is scheduled.</summary>
    public async Task<ReminderEntry?> SnoozeAsync(JourneyMap map, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(map);
        var existing = await store.GetAsync(map.Scope, map.Id, cancellationToken);
        if (existing is null)
        {
            return null;
        }

        var zone = map.Cadence.TimeZone;
        var later = ReminderSchedule.ToUtc(zone, ReminderSchedule.LocalWallClock(zone, existing.DueAt).Add(SnoozePeriod));
        var snoozed = existing with { DueAt = later, NominalAt = later, Attempts = 0 };
        await store.SetAsync(snoozed, cancellationToken);
        return snoozed;
    }

    /// <summary>When a reminder due at <paramref name="nominal"/> may be sent, after quiet hours and weekends.</summary>
    public DateTimeOffset Deliverable(ReviewCadence cadence, DateTimeOffset nominal)
    {
        ArgumentNullException.ThrowIfNull(cadence);
        return ReminderSchedule.Deliverable(nominal, cadence.TimeZone, options.Value.QuietHours);
    }

    private async Task<ReminderEntry> SetAsync(JourneyMap map, ReminderTarget target, DateTimeOffset nominal, ReminderEntry? existing, CancellationToken cancellationToken)
    {
        var entry = new ReminderEntry
        {
            Scope = map.Scope,
            MapId = map.Id,
            Target = target,
            DueAt = Deliverable(map.Cadence, nominal),
            NominalAt = nominal,
            UnreachableUserIds = existing?.UnreachableUserIds ?? [],
        };
        await store.SetAsync(entry, cancellationToken);
        return entry;
    }
}
