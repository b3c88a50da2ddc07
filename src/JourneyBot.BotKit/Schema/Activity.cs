using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace JourneyBot.BotKit.Schema;

/// <summary>
/// One Activity protocol message. Only the fields the bot uses are modelled; any other field
/// is kept in <see cref="Properties"/> so it survives deserialize/serialize.
/// </summary>
public sealed record Activity
{
    public string? Type { get; init; }
    public string? Id { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
    public DateTimeOffset? LocalTimestamp { get; init; }
    public string? LocalTimezone { get; init; }
    public string? ServiceUrl { get; init; }
    public string? ChannelId { get; init; }
    public ChannelAccount? From { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public ChannelAccount? Recipient { get; init; }
    public string? TextFormat { get; init; }
    public string? AttachmentLayout { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }
    public string? Action { get; init; }
    public string? Locale { get; init; }
    public string? Text { get; init; }
    public string? Summary { get; init; }
    public IReadOnlyList<Attachment>? Attachments { get; init; }
    public IReadOnlyList<Entity>? Entities { get; init; }
    public JsonNode? ChannelData { get; init; }
    public string? ReplyToId { get; init; }
    public JsonNode? Value { get; init; }
    public string? Name { get; init; }
    public ConversationReference? RelatesTo { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; init; }

    /// <summary>A plain message with text.</summary>
    public static Activity CreateMessage(string? text = null) =>
        new() { Type = ActivityTypes.Message, Text = text };

    /// <summary>A message carrying one Adaptive Card (and optional text shown with it).</summary>
    public static Activity CreateCard(JsonNode card, string? text = null) =>
        new() { Type = ActivityTypes.Message, Text = text, Attachments = [Attachment.AdaptiveCard(card)] };

    /// <summary>
    /// The reference needed to message this activity's conversation later.
    /// The bot is this activity's recipient and the user its sender.
    /// </summary>
    public ConversationReference GetConversationReference() => new()
    {
        ActivityId = Type == ActivityTypes.ConversationUpdate ? null : Id,
        User = From,
        Bot = Recipient,
        Conversation = Conversation,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Locale = Locale,
    };

    /// <summary>
    /// A reply skeleton for this activity: addressed back to the sender in the same
    /// conversation, with <c>replyToId</c> set.
    /// </summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        From = Recipient,
        Recipient = From,
        Conversation = Conversation,
        ServiceUrl = ServiceUrl,
        ChannelId = ChannelId,
        ReplyToId = Id,
        Locale = Locale,
    };
}
