namespace JourneyBot.Journeys.Reminders;

/// <summary>What a <c>remind</c> command asks for, or why it cannot be done.</summary>
public enum RemindRequestKind
{
    Show,
    Off,
    On,
    Snooze,
    Set,
    NotUnderstood,
    UnknownTimeZone,
    OutOfRange,
    MinutesNotAllowed,
}
