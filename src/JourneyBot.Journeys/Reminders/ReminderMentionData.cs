namespace JourneyBot.Journeys.Reminders;

/// <summary>A Teams mention in the reminder card (<c>msteams.entities</c>): <paramref name="Text"/> is <c>&lt;at&gt;Name&lt;/at&gt;</c>.</summary>
public sealed record ReminderMentionData(string Text, string Id, string Name);
