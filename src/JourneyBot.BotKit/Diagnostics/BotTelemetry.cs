using System.Diagnostics;
using JourneyBot.BotKit.Schema;

namespace JourneyBot.BotKit.Diagnostics;

/// <summary>
/// The names under which the protocol layer publishes traces and metrics: one span per incoming activity
/// (<see cref="TurnSpan"/>) and per dialog step (<see cref="DialogBeginSpan"/>, <see cref="DialogContinueSpan"/>,
/// <see cref="DialogResumeSpan"/>), the counter <see cref="TurnsInstrument"/> and the histogram
/// <see cref="TurnDurationInstrument"/>. Tags carry ids and types, never what people wrote.
/// </summary>
public static class BotTelemetry
{
    /// <summary>The name of the activity source and of the meter.</summary>
    public const string Name = "JourneyBot.BotKit";

    /// <summary>The span of one incoming activity, from reading the request to writing the answer.</summary>
    public const string TurnSpan = "bot.turn";

    /// <summary>The span of a dialog being started (pushed on the stack).</summary>
    public const string DialogBeginSpan = "bot.dialog.begin";

    /// <summary>The span of the active dialog handling the turn's activity.</summary>
    public const string DialogContinueSpan = "bot.dialog.continue";

    /// <summary>The span of a parent dialog resumed with the result of the child that ended.</summary>
    public const string DialogResumeSpan = "bot.dialog.resume";

    /// <summary>The event added to the current span when a dialog ends or the stack is cancelled.</summary>
    public const string DialogEndEvent = "bot.dialog.end";

    /// <summary>Counter of turns, tagged <see cref="ActivityTypeTag"/> and <see cref="OutcomeTag"/>.</summary>
    public const string TurnsInstrument = "journeybot.bot.turns";

    /// <summary>Histogram of turn durations in seconds, tagged like <see cref="TurnsInstrument"/>.</summary>
    public const string TurnDurationInstrument = "journeybot.bot.turn.duration";

    /// <summary>The activity's type (a known protocol type, or <c>other</c> on metrics).</summary>
    public const string ActivityTypeTag = "bot.activity.type";

    /// <summary>The activity's id.</summary>
    public const string ActivityIdTag = "bot.activity.id";

    /// <summary>The channel the activity came from (<c>msteams</c>, <c>webchat</c>...).</summary>
    public const string ChannelIdTag = "bot.channel.id";

    /// <summary>The conversation's id.</summary>
    public const string ConversationIdTag = "bot.conversation.id";

    /// <summary>The name of an invoke (<c>adaptiveCard/action</c>...).</summary>
    public const string InvokeNameTag = "bot.invoke.name";

    /// <summary>How the turn ended: one of the <see cref="TurnOutcomes"/>.</summary>
    public const string OutcomeTag = "bot.turn.outcome";

    /// <summary>The HTTP status code of the answer.</summary>
    public const string StatusCodeTag = "http.response.status_code";

    /// <summary>The id of the dialog a dialog span or event is about.</summary>
    public const string DialogIdTag = "bot.dialog.id";

    /// <summary>What a dialog step returned (<c>waiting</c>, <c>complete</c>, <c>cancelled</c>, <c>empty</c>).</summary>
    public const string DialogStatusTag = "bot.dialog.status";

    internal static readonly ActivitySource Source = new(Name);

    private static readonly HashSet<string> KnownTypes = new(StringComparer.Ordinal)
    {
        ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate, ActivityTypes.Invoke,
        ActivityTypes.MessageReaction, ActivityTypes.MessageUpdate, ActivityTypes.MessageDelete, ActivityTypes.Typing,
        ActivityTypes.Event, ActivityTypes.EndOfConversation,
    };

    /// <summary>
    /// The activity type as a metric tag: the type a client sends is free text, so anything but the protocol's
    /// own types is <c>other</c> (and a request that was not an activity at all is <c>none</c>), which keeps the
    /// number of time series bounded.
    /// </summary>
    internal static string MetricType(string? type) => type switch
    {
        null or "" => "none",
        _ when KnownTypes.TryGetValue(type, out var known) => known,
        _ => "other",
    };
}
