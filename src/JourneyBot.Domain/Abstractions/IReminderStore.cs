using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Reminders;

namespace JourneyBot.Domain.Abstractions;

/// <summary>
/// The next reminder of each map, found by due time without reading every map, and claimed before it is
/// sent so that several bot instances never send the same reminder twice.
/// </summary>
public interface IReminderStore
{
    /// <summary>The map's next reminder, or null when none is scheduled.</summary>
    Task<ReminderEntry?> GetAsync(MapScope scope, string mapId, CancellationToken cancellationToken);

    /// <summary>Schedules the map's next reminder, replacing the one scheduled before.</summary>
    Task SetAsync(ReminderEntry entry, CancellationToken cancellationToken);

    /// <summary>Removes the map's next reminder, if any.</summary>
    Task RemoveAsync(MapScope scope, string mapId, CancellationToken cancellationToken);

    /// <summary>
    /// Claims up to <paramref name="max"/> reminders due at <paramref name="now"/> for <paramref name="lease"/>:
    /// each one is returned to exactly one caller, whichever instance it runs in.
    /// </summary>
    Task<IReadOnlyList<ReminderClaim>> ClaimDueAsync(DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken);

    /// <summary>
    /// Finishes a claimed reminder: schedules <paramref name="next"/> (null for none) in its place, unless the
    /// map's reminder was rescheduled meanwhile (then that one stands). Returns false in that case.
    /// </summary>
    Task<bool> CompleteAsync(ReminderClaim claim, ReminderEntry? next, CancellationToken cancellationToken);
}
