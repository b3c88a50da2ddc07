using System.Text.Json.Nodes;

namespace JourneyBot.TestSupport.Playground;

/// <summary>
/// A message the bot created or updated, as the Playground's conversation websocket reports it:
/// <c>{action, actionConversationId, message:{messageId, from, text, attachments, postConversationId, ...}}</c>.
/// The Playground splits a bot activity with text and N attachments into 1 + N messages.
/// </summary>
/// <param name="Sequence">Arrival order across all conversations, from 0.</param>
/// <param name="Action">
/// <c>createMessage</c> or <c>updateMessage</c>; <c>invokeResponse</c> for what the bot answered an
/// <c>Action.Execute</c> with (see <see cref="FromInvokeResponse"/>).
/// </param>
/// <param name="ConversationId">
/// <c>actionConversationId</c>: the chat, the thread (<c>channel;messageid=root</c>) for a reply in a
/// channel, or the bare channel id when the message is itself a new root post.
/// </param>
/// <param name="PostConversationId">For a new root post in a channel: the thread it starts.</param>
/// <param name="Raw">The whole websocket frame, for anything not modelled here.</param>
public sealed record BotMessage(
    long Sequence,
    string Action,
    string ConversationId,
    string? PostConversationId,
    string MessageId,
    string? FromId,
    string? Text,
    JsonObject Raw)
{
    public const string CreateAction = "createMessage";
    public const string UpdateAction = "updateMessage";
    public const string InvokeResponseAction = "invokeResponse";
    public const string MessageInvokeResponseType = "application/vnd.microsoft.activity.message";
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public bool IsUpdate => Action == UpdateAction;

    /// <summary>True for an invoke response: the card that replaced the clicked one, or a text.</summary>
    public bool IsInvokeResponse => Action == InvokeResponseAction;

    /// <summary>The thread or chat this message is in: where a reply to it, or a card action on it, goes.</summary>
    public string ThreadId => PostConversationId ?? ConversationId;

    /// <summary>The message's attachments as sent by the bot (<c>contentType</c>, <c>content</c>).</summary>
    public JsonArray Attachments => Raw["message"]?["attachments"] as JsonArray ?? [];

    /// <summary>The Adaptive Cards among the attachments (their <c>content</c>).</summary>
    public IReadOnlyList<JsonObject> Cards =>
        [.. Attachments.OfType<JsonObject>()
            .Where(a => (string?)a["contentType"] == AdaptiveCardContentType)
            .Select(a => a["content"]).OfType<JsonObject>()];

    public bool HasCard => Cards.Count > 0;

    /// <summary>Every string value anywhere in the cards: texts, titles, data, in document order.</summary>
    public IReadOnlyList<string> CardStrings => [.. Cards.SelectMany(StringsIn)];

    /// <summary>The <c>text</c> of every TextBlock (and TextRun) in the cards, in document order.</summary>
    public IReadOnlyList<string> CardTextBlocks => [.. Cards.SelectMany(TextBlocksIn)];

    /// <summary>
    /// The card actions (<c>Action.Submit</c>, <c>Action.Execute</c>, ...) wherever they are: the
    /// card's <c>actions</c>, action sets, <c>selectAction</c>s.
    /// </summary>
    public IReadOnlyList<JsonObject> CardActions => [.. Cards.SelectMany(ActionsIn)];

    /// <summary>The card elements of <paramref name="type"/> (<c>Input.ChoiceSet</c>, <c>ColumnSet</c>...) wherever they are, in document order.</summary>
    public IReadOnlyList<JsonObject> CardElements(string type) => [.. Cards.SelectMany(card => ElementsIn(card, type))];

    /// <summary>The <c>text</c> of every TextBlock (and TextRun) in a part of a card, in document order.</summary>
    public static IReadOnlyList<string> TextBlocksOf(JsonNode? node) => [.. TextBlocksIn(node)];

    /// <summary>One line for a transcript: the text, or the card's first TextBlocks.</summary>
    public string Summary()
    {
        var parts = new List<string>();
        if (!string.IsNullOrEmpty(Text))
        {
            parts.Add(Text.ReplaceLineEndings(" / "));
        }

        foreach (var card in Cards)
        {
            var texts = TextBlocksIn(card).Take(16).Select(t => t.ReplaceLineEndings(" "));
            parts.Add($"[card: {string.Join(" | ", texts)}]");
        }

        var otherAttachments = Attachments.Count - Cards.Count;
        if (otherAttachments > 0)
        {
            parts.Add($"[{otherAttachments} other attachment(s)]");
        }

        var prefix = IsUpdate ? "(update) " : IsInvokeResponse ? "(invoke response) " : string.Empty;
        return prefix + string.Join(' ', parts);
    }

    /// <summary>Reads a websocket frame; null for frames that are not bot messages (typing, other actions).</summary>
    public static BotMessage? FromFrame(JsonObject frame, long sequence)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var action = (string?)frame["action"];
        if (action is not (CreateAction or UpdateAction) || frame["message"] is not JsonObject message)
        {
            return null;
        }

        return new BotMessage(
            sequence,
            action,
            (string?)frame["actionConversationId"] ?? string.Empty,
            (string?)message["postConversationId"],
            (string?)message["messageId"] ?? string.Empty,
            (string?)message["from"]?["id"],
            (string?)message["text"],
            frame);
    }

    /// <summary>
    /// The bot's answer to an <c>Action.Execute</c> on the message <paramref name="messageId"/>, as
    /// <see cref="PlaygroundClient.InvokeCardActionAsync"/> returns it (<c>{type, value}</c>). The
    /// Playground puts the value in place of the clicked message's card and sends no websocket frame
    /// for it, so this stands for the message as the Playground then shows it: a card for an Adaptive
    /// Card response, the text for a message response. Its <see cref="Sequence"/> is -1.
    /// </summary>
    public static BotMessage FromInvokeResponse(string conversationId, string messageId, JsonNode? response)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(messageId);
        var type = (string?)response?["type"];
        var value = response?["value"];
        var message = new JsonObject { ["messageId"] = messageId };
        string? text = null;
        if (type == AdaptiveCardContentType && value is JsonObject card)
        {
            message["attachments"] = new JsonArray(new JsonObject { ["contentType"] = type, ["content"] = card.DeepClone() });
        }
        else if (value is JsonValue plain && plain.TryGetValue<string>(out var said))
        {
            text = said;
            message["text"] = said;
        }

        var frame = new JsonObject
        {
            ["action"] = InvokeResponseAction,
            ["actionConversationId"] = conversationId,
            ["message"] = message,
            ["invokeResponse"] = response?.DeepClone(),
        };
        return new BotMessage(-1, InvokeResponseAction, conversationId, null, messageId, null, text, frame);
    }

    private static IEnumerable<string> StringsIn(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => StringsIn(p.Value)),
        JsonArray array => array.SelectMany(StringsIn),
        JsonValue value when value.TryGetValue<string>(out var text) => [text],
        _ => [],
    };

    private static IEnumerable<JsonObject> ElementsIn(JsonNode? node, string type) => node switch
    {
        JsonObject obj => (obj["type"] is JsonValue value && value.TryGetValue<string>(out var name) && name == type ? [obj] : Enumerable.Empty<JsonObject>())
            .Concat(obj.SelectMany(p => ElementsIn(p.Value, type))),
        JsonArray array => array.SelectMany(child => ElementsIn(child, type)),
        _ => [],
    };

    private static IEnumerable<JsonObject> ActionsIn(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["type"] is JsonValue type && type.TryGetValue<string>(out var name) && name.StartsWith("Action.", StringComparison.Ordinal))
                {
                    yield return obj;
                }

                foreach (var child in obj.SelectMany(p => ActionsIn(p.Value)))
                {
                    yield return child;
                }

                break;
            case JsonArray array:
                foreach (var child in array.SelectMany(ActionsIn))
                {
                    yield return child;
                }

                break;
        }
    }

    private static IEnumerable<string> TextBlocksIn(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if ((string?)obj["type"] is "TextBlock" or "TextRun" && obj["text"] is JsonValue value && value.TryGetValue<string>(out var text))
                {
                    yield return text;
                }

                foreach (var child in obj.SelectMany(p => TextBlocksIn(p.Value)))
                {
                    yield return child;
                }

                break;
            case JsonArray array:
                foreach (var child in array.SelectMany(TextBlocksIn))
                {
                    yield return child;
                }

                break;
        }
    }
}
