using System.Security.Claims;
using System.Text.Json.Nodes;
using JourneyBot.BotKit.Schema;
using JourneyBot.BotKit.Turns;
using JourneyBot.Cards.Validation;
using Xunit;

namespace JourneyBot.TestSupport.Transcripts;

/// <summary>
/// Drives a bot turn by turn without HTTP, like a chat client would: each <see cref="SendAsync(string, ChannelAccount?)"/>
/// delivers one message and returns what the bot answered during that turn.
/// </summary>
public sealed class TestConversation
{
    private readonly Func<TurnContext, CancellationToken, Task> _turn;
    private readonly RecordingSender _sender = new();
    private int _nextId;

    public TestConversation(Func<TurnContext, CancellationToken, Task> turn, ConversationAccount conversation, string channelId = "msteams")
    {
        _turn = turn;
        Conversation = conversation;
        ChannelId = channelId;
    }

    public static ChannelAccount Bot { get; } = new() { Id = "28:journeybot", Name = "JourneyBot" };

    public static ChannelAccount Alice { get; } = new() { Id = "29:alice", Name = "Alice Chen", AadObjectId = "aad-alice" };

    public static ChannelAccount Bob { get; } = new() { Id = "29:bob", Name = "Bob Müller", AadObjectId = "aad-bob" };

    public ConversationAccount Conversation { get; }

    public string ChannelId { get; }

    /// <summary>Locale of the messages sent (e.g. <c>zh-CN</c>).</summary>
    public string Locale { get; set; } = "en-US";

    /// <summary>Extra channel data sent with every activity (e.g. a Teams team).</summary>
    public JsonObject? ChannelData { get; set; }

    /// <summary>The invoke response of the last delivered activity, if the bot set one.</summary>
    public InvokeResponse? LastInvokeResponse { get; private set; }

    /// <summary>Everything the bot sent in this conversation so far.</summary>
    public IReadOnlyList<Activity> AllReplies => _sender.Sent;

    /// <summary>A 1:1 conversation with the bot.</summary>
    public static TestConversation Personal(Func<TurnContext, CancellationToken, Task> turn, string id = "a:personal-alice", string channelId = "msteams") =>
        new(turn, new ConversationAccount { Id = id, ConversationType = "personal", IsGroup = false, TenantId = "tenant-1" }, channelId);

    /// <summary>A Teams channel thread (messages must @mention the bot).</summary>
    public static TestConversation TeamChannel(Func<TurnContext, CancellationToken, Task> turn, string channelId = "19:general@thread.tacv2", string rootMessageId = "1700000000000")
    {
        var conversation = new TestConversation(turn, new ConversationAccount
        {
            Id = $"{channelId};messageid={rootMessageId}",
            ConversationType = "channel",
            IsGroup = true,
            TenantId = "tenant-1",
        })
        {
            ChannelData = new JsonObject
            {
                ["team"] = new JsonObject { ["id"] = "19:team-cx@thread.tacv2" },
                ["channel"] = new JsonObject { ["id"] = channelId },
                ["tenant"] = new JsonObject { ["id"] = "tenant-1" },
            },
        };
        return conversation;
    }

    /// <summary>Sends a text message (with the bot's @mention in group conversations) and returns the replies of that turn.</summary>
    public Task<IReadOnlyList<Activity>> SendAsync(string text, ChannelAccount? from = null)
    {
        var mention = Conversation.IsGroup == true;
        var fullText = mention ? $"<at>{Bot.Name}</at> {text}" : text;
        IReadOnlyList<Entity>? entities = mention
            ? [new Entity { Type = Entity.MentionType, Mentioned = Bot, Text = $"<at>{Bot.Name}</at>" }]
            : null;
        return DeliverAsync(NewActivity(ActivityTypes.Message, from) with { Text = fullText, Entities = entities });
    }

    /// <summary>Sends a card button press (Action.Submit): a message with no text and the button's data as value.</summary>
    public Task<IReadOnlyList<Activity>> SubmitAsync(JsonObject value, ChannelAccount? from = null, string cardMessageId = "form-message-1") =>
        DeliverAsync(NewActivity(ActivityTypes.Message, from) with { Value = value.DeepClone(), ReplyToId = cardMessageId });

    /// <summary>Presses an Action.Execute button (Teams Universal Actions): an <c>adaptiveCard/action</c> invoke.</summary>
    public Task<IReadOnlyList<Activity>> ExecuteAsync(string verb, JsonObject data, ChannelAccount? from = null) =>
        DeliverAsync(NewActivity(ActivityTypes.Invoke, from) with
        {
            Name = "adaptiveCard/action",
            Value = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data.DeepClone() } },
        });

    /// <summary>Delivers any activity and returns the replies of that turn.</summary>
    public async Task<IReadOnlyList<Activity>> DeliverAsync(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var before = _sender.Sent.Count;
        var context = new TurnContext(activity, new ClaimsIdentity(), _sender);
        await _turn(context, CancellationToken.None);
        LastInvokeResponse = context.InvokeResponse;
        var replies = _sender.Sent.Skip(before).ToList();
        EnsureValidCards(replies);
        return replies;
    }

    // Every card the bot sends in any transcript must be one Teams would render: version, size, no template left.
    private static void EnsureValidCards(IEnumerable<Activity> replies)
    {
        foreach (var card in replies.SelectMany(r => r.Attachments ?? []).Where(a => a.ContentType == Attachment.AdaptiveCardContentType))
        {
            var check = CardValidator.Check(card.Content ?? JsonValue.Create("missing"));
            Assert.True(check.IsValid, $"The bot sent an invalid card: {string.Join(" ", check.Problems)}");
        }
    }

    /// <summary>A skeleton activity of this conversation from <paramref name="from"/> (Alice by default).</summary>
    public Activity NewActivity(string type, ChannelAccount? from = null) => new()
    {
        Type = type,
        Id = $"act-{Interlocked.Increment(ref _nextId)}",
        ChannelId = ChannelId,
        ServiceUrl = "https://smba.trafficmanager.net/teams/",
        From = from ?? Alice,
        Recipient = Bot,
        Conversation = Conversation,
        Locale = Locale,
        ChannelData = ChannelData?.DeepClone(),
        Timestamp = DateTimeOffset.UnixEpoch,
    };
}
