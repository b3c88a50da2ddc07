using JourneyBot.Domain.Maps;

namespace JourneyBot.Domain.Reminders;

/// <summary>A map's next reminder: when it is due and where it goes.</summary>
public sealed record ReminderEntry
{
    public required MapScope Scope { get; init; }

    public required string MapId { get; init; }

    public required ReminderTarget Target { get; init; }

    /// <summary>When to send it: the cadence's time moved out of quiet hours, or a retry's time.</summary>
    public required DateTimeOffset DueAt { get; init; }

    /// <summary>The cadence's own time for this reminder, which the next one is counted from.</summary>
    public required DateTimeOffset NominalAt { get; init; }

    /// <summary>Failed attempts to send this reminder so far.</summary>
    public int Attempts { get; init; }

    /// <summary>Lane owners a nudge could not reach (blocked or uninstalled the bot): not nudged again.</summary>
    public IReadOnlyList<string> UnreachableUserIds { get; init; } = [];
}
