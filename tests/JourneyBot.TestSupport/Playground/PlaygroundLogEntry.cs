using System.Globalization;
using System.Text.Json.Nodes;

namespace JourneyBot.TestSupport.Playground;

/// <summary>
/// One item of the Playground's log panel (websocket <c>/_ws/log/stream</c>, frames
/// <c>{logAction:"appendLog", log:{...}}</c>): either an HTTP exchange between the Playground and
/// the bot (<c>type:"bot"</c>, with request body and response status) or a text note
/// (<c>type:"text"</c>, e.g. the warning that the bot could not be reached).
/// </summary>
public sealed record PlaygroundLogEntry(long Sequence, JsonObject Raw)
{
    /// <summary>How the Playground names itself and the bot in <c>from</c>/<c>to</c>.</summary>
    public const string PlaygroundLabel = "Microsoft 365 Agents Playground";
    public const string BotLabel = "User Application";

    private JsonNode? Log => Raw["log"];

    /// <summary><c>bot</c> (an HTTP exchange) or <c>text</c> (a note).</summary>
    public string? Type => Text(Log?["type"]);

    /// <summary><c>warning</c>, <c>error</c>, or null for information.</summary>
    public string? Level => Text(Log?["level"]);

    public string? ConversationId => Text(Log?["conversationId"]);

    /// <summary>The activity type of the exchange (<c>message</c>, <c>invoke</c>, <c>conversationUpdate</c>...).</summary>
    public string? ActivityName => Text(Log?["activityName"]);

    /// <summary>For a call to the bot: the activity id the Playground generated.</summary>
    public string? MessageId => Text(Log?["messageId"]);

    public string? From => Text(Log?["from"]);

    public string? To => Text(Log?["to"]);

    public string? DisplayText => Text(Log?["displayText"]);

    /// <summary>The HTTP status of the exchange's response.</summary>
    public int? StatusCode => Log?["response"]?["statusCode"] is JsonValue value && value.TryGetValue<int>(out var status) ? status : null;

    /// <summary>The request body: the activity sent to the bot, or what the bot sent to the connector.</summary>
    public JsonObject? RequestBody => Log?["request"]?["body"] as JsonObject;

    /// <summary>True for the Playground delivering an activity to the bot's endpoint (logged once the bot answered).</summary>
    public bool IsCallToBot => Type == "bot" && From == PlaygroundLabel && To == BotLabel;

    /// <summary>True for the bot calling the Playground's connector API.</summary>
    public bool IsCallFromBot => Type == "bot" && From == BotLabel && To == PlaygroundLabel;

    public bool IsWarning => Level is "warning" or "error";

    public string Summary()
    {
        var status = StatusCode is { } code ? " -> HTTP " + code.ToString(CultureInfo.InvariantCulture) : string.Empty;
        return Type == "bot"
            ? $"{(IsCallToBot ? "playground -> bot" : "bot -> playground")} {ActivityName} in {ConversationId}{status}: {DisplayText}"
            : $"{Level ?? "info"}: {(ConversationId is null ? string.Empty : ConversationId + ": ")}{DisplayText}";
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
