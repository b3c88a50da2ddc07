namespace JourneyBot.Journeys.Reminders;

/// <summary>An action item past its due date, as a reminder lists it.</summary>
public sealed record OverdueAction(string Title, string? OwnerName, DateTimeOffset DueAt);
