namespace JourneyBot.Journeys.Reminders;

/// <summary>Data of cards/reminder.json.</summary>
public sealed record ReminderCardData(
    string Title,
    string Subtitle,
    IReadOnlyList<ReminderSectionData> Sections,
    IReadOnlyList<ReminderMentionData> Mentions,
    string ReviewButton,
    string ReviewCommand,
    string SnoozeButton,
    string SnoozeCommand,
    string SummaryButton,
    string SummaryCommand,
    string MapId);
