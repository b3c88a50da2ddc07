namespace JourneyBot.Journeys.Reminders;

/// <summary>One line of a reminder card section.</summary>
public sealed record ReminderLineData(string Text);
