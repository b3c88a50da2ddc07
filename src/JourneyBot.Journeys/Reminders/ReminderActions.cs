namespace JourneyBot.Journeys.Reminders;

/// <summary>
/// What the action plan adds to a reminder: which red-flag notes already have an action item (they are
/// left out of "red flags with no action item") and which action items are overdue.
/// </summary>
public sealed record ReminderActions(IReadOnlySet<string> NoteIdsWithActions, IReadOnlyList<OverdueAction> Overdue)
{
    /// <summary>No action plan: every red flag is listed, nothing is overdue.</summary>
    public static ReminderActions None { get; } = new(new HashSet<string>(StringComparer.Ordinal), []);
}
