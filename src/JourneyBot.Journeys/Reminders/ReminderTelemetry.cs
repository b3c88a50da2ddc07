using System.Diagnostics;

namespace JourneyBot.Journeys.Reminders;

/// <summary>
/// The names under which the <see cref="ReminderDispatcher"/> publishes traces and metrics: a
/// <see cref="RoundSpan"/> per round, a <see cref="SendSpan"/> per due reminder, and the counter
/// <see cref="RemindersInstrument"/> of reminders by <see cref="OutcomeTag"/>.
/// </summary>
public static class ReminderTelemetry
{
    /// <summary>The name of the activity source and of the meter.</summary>
    public const string Name = "JourneyBot.Reminders";

    /// <summary>The span of one round: claiming what is due and dispatching it.</summary>
    public const string RoundSpan = "reminder.round";

    /// <summary>The span of one due reminder: reading the map, sending the card, nudging owners, scheduling the next.</summary>
    public const string SendSpan = "reminder.send";

    /// <summary>Counter of due reminders handled, by <see cref="OutcomeTag"/>.</summary>
    public const string RemindersInstrument = "journeybot.reminders";

    /// <summary>How a due reminder ended: <c>sent</c>, <c>retrying</c>, <c>gave_up</c>, <c>unreachable</c>, <c>dropped</c> or <c>error</c>.</summary>
    public const string OutcomeTag = "journeybot.reminder.outcome";

    /// <summary>The reminded map's id.</summary>
    public const string MapIdTag = "journeybot.map.id";

    /// <summary>How many reminders a round claimed.</summary>
    public const string ClaimedTag = "journeybot.reminders.claimed";

    /// <summary>The HTTP status the connector answered a failed send with (0: no answer).</summary>
    public const string StatusCodeTag = "http.response.status_code";

    internal const string Sent = "sent";
    internal const string Retrying = "retrying";
    internal const string GaveUp = "gave_up";
    internal const string Unreachable = "unreachable";
    internal const string Dropped = "dropped";
    internal const string Error = "error";

    internal static readonly ActivitySource Source = new(Name);
}
