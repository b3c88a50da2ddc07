namespace JourneyBot.Journeys.Reminders;

/// <summary>A heading of the reminder card and its lines.</summary>
public sealed record ReminderSectionData(string Heading, IReadOnlyList<ReminderLineData> Lines);
