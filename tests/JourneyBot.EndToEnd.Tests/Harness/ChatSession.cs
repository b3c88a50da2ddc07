using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using JourneyBot.TestSupport.Playground;

namespace JourneyBot.EndToEnd.Tests.Harness;

/// <summary>
/// One person's side of a conversation with the bot, for tests that read like a transcript: send a
/// message or click a card button, get the bot's reply. A failed step fails the test with the
/// transcript so far, the bot's output and the Playground's log.
/// </summary>
/// <remarks>
/// In a channel the first message starts a thread and later messages answer in it, @mentioning the
/// bot as Teams requires; <see cref="PostNewThreadAsync"/> starts another thread. A reply is every
/// bot message in the chat (for a channel: in any of its threads) from the moment the message was
/// sent until the Playground has logged the bot's HTTP answer and no further message came for
/// <see cref="JourneyBotEndToEndFixture.QuietPeriod"/>.
/// </remarks>
public sealed class ChatSession
{
    private readonly JourneyBotEndToEndFixture _fixture;
    private readonly SharedState _shared;
    private readonly PlaygroundUser _user;

    public ChatSession(JourneyBotEndToEndFixture fixture, string conversationId)
        : this(fixture ?? throw new ArgumentNullException(nameof(fixture)), new SharedState(conversationId), fixture.Playground.Config.CurrentUser)
    {
    }

    private ChatSession(JourneyBotEndToEndFixture fixture, SharedState shared, PlaygroundUser user)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        _fixture = fixture;
        _shared = shared;
        _user = user;
        Kind = Playground.Config.KindOf(shared.ConversationId);
    }

    /// <summary>The chat or channel.</summary>
    public string ConversationId => _shared.ConversationId;

    public PlaygroundConversationKind Kind { get; }

    /// <summary>Who speaks in this session.</summary>
    public PlaygroundUser User => _user;

    /// <summary>In a channel: the thread later messages answer in.</summary>
    public string? ThreadId => _shared.ThreadId;

    public IReadOnlyList<string> Transcript => _shared.Transcript;

    private PlaygroundClient Playground => _fixture.Playground;

    /// <summary>
    /// The same conversation (and channel thread) with another configured user speaking; the
    /// transcript is shared. Their messages go to the bot as custom activities built like the
    /// Playground's own. The personal chat has only the current user.
    /// </summary>
    public ChatSession As(string userName) =>
        Kind == PlaygroundConversationKind.Personal
            ? throw new InvalidOperationException("The Playground's personal chat has only the current user.")
            : new ChatSession(_fixture, _shared, Playground.Config.User(userName));

    /// <summary>Sends <paramref name="text"/> (in a channel: in the current thread, starting one if needed) and returns the bot's reply.</summary>
    public Task<BotReply> SendAsync(string text, CancellationToken cancellationToken = default) =>
        SendToAsync(Kind == PlaygroundConversationKind.Channel ? ThreadId ?? ConversationId : ConversationId, text, cancellationToken);

    /// <summary>In a channel: posts <paramref name="text"/> as a new thread, which later messages answer in.</summary>
    public Task<BotReply> PostNewThreadAsync(string text, CancellationToken cancellationToken = default) =>
        Kind == PlaygroundConversationKind.Channel
            ? SendToAsync(ConversationId, text, cancellationToken)
            : throw new InvalidOperationException("Only channels have threads.");

    /// <summary>
    /// Clicks the first <c>Action.Submit</c> in <paramref name="reply"/>'s cards whose <c>data</c>
    /// satisfies <paramref name="isButton"/>, as the Playground's UI does, and returns the bot's reply.
    /// </summary>
    public async Task<BotReply> ClickAsync(BotReply reply, Func<JsonObject, bool> isButton, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(isButton);
        var target = reply.Messages
            .SelectMany(m => m.CardActions.Select(action => (Message: m, Action: action)))
            .FirstOrDefault(x => (string?)x.Action["type"] == "Action.Submit" && isButton(x.Action["data"] as JsonObject ?? []));
        if (target.Message is null)
        {
            Fail($"No Action.Submit button matched in: {reply}");
        }

        var messageMark = Playground.Messages.Count;
        var logMark = Playground.Log.Count;
        var clock = Stopwatch.StartNew();
        var value = target.Action["data"]?.DeepClone() as JsonObject ?? [];
        await Playground.SubmitCardAsync(target.Message.ThreadId, target.Message.MessageId, value, _user.Id, cancellationToken);
        _shared.Transcript.Add($"{_user.Name} clicks \"{(string?)target.Action["title"]}\" {value.ToJsonString()}");
        await ExpectDeliveredAsync(
            logMark,
            target.Message.ThreadId,
            e => (string?)e.RequestBody?["replyToId"] == target.Message.MessageId,
            $"the click on \"{(string?)target.Action["title"]}\"",
            clock,
            cancellationToken);
        return await CollectReplyAsync(messageMark, clock, cancellationToken);
    }

    /// <summary>Installs the app here, as the Playground's "install" does, and returns what the bot sent.</summary>
    public async Task<BotReply> InstallAppAsync(CancellationToken cancellationToken = default)
    {
        var messageMark = Playground.Messages.Count;
        var logMark = Playground.Log.Count;
        var clock = Stopwatch.StartNew();
        await Playground.InstallAppAsync(ConversationId, cancellationToken);
        _shared.Transcript.Add($"({_user.Name} installs the app)");

        // Two activities go to the bot at once: installationUpdate and conversationUpdate.
        foreach (var activityType in new[] { "installationUpdate", "conversationUpdate" })
        {
            await ExpectDeliveredAsync(
                logMark,
                ConversationId,
                e => e.ActivityName == activityType,
                activityType,
                clock,
                cancellationToken);
        }

        return await CollectReplyAsync(messageMark, clock, cancellationToken);
    }

    /// <summary>Adds a line to the transcript, for events outside the chat (a restart).</summary>
    public void Note(string line) => _shared.Transcript.Add(line);

    /// <summary>Fails the test with <paramref name="problem"/>, the transcript and every diagnostic at hand.</summary>
    [DoesNotReturn]
    public void Fail(string problem) =>
        Assert.Fail($"{problem}\n--- transcript ({Kind} {ConversationId})\n{string.Join('\n', Transcript)}\n{_fixture.Describe()}");

    private async Task<BotReply> SendToAsync(string target, string text, CancellationToken cancellationToken)
    {
        var messageMark = Playground.Messages.Count;
        var logMark = Playground.Log.Count;
        var clock = Stopwatch.StartNew();
        var sent = await Playground.SendMessageAsync(
            new PlaygroundOutgoingMessage(target, text) { FromUserId = _user.Id }, cancellationToken);
        var startsThread = Kind == PlaygroundConversationKind.Channel && target == ConversationId;
        if (startsThread)
        {
            _shared.ThreadId = sent.ConversationId;
        }

        _shared.Transcript.Add($"{_user.Name}{(startsThread ? " (new post)" : string.Empty)}: {sent.Text}");
        await ExpectDeliveredAsync(
            logMark,
            sent.ConversationId,
            e => sent.ActivityId is null ? (string?)e.RequestBody?["text"] == sent.Text : e.MessageId == sent.ActivityId,
            $"the message '{text}'",
            clock,
            cancellationToken);
        return await CollectReplyAsync(messageMark, clock, cancellationToken);
    }

    // The Playground logs a delivery once the bot has answered the HTTP call, or logs a warning
    // when it could not reach the bot at all (then nothing else would come).
    private async Task ExpectDeliveredAsync(
        int logMark,
        string conversationId,
        Func<PlaygroundLogEntry, bool> isDelivery,
        string what,
        Stopwatch clock,
        CancellationToken cancellationToken)
    {
        PlaygroundLogEntry entry;
        try
        {
            entry = await Playground.Log.WaitForEntryAsync(
                logMark,
                e => e.ConversationId == conversationId
                    && ((e.IsCallToBot && isDelivery(e)) || (e.IsWarning && IsBotUnreachable(e))),
                _fixture.ReplyTimeout - clock.Elapsed,
                cancellationToken);
        }
        catch (TimeoutException)
        {
            Fail($"The Playground did not log delivering {what} to the bot within {_fixture.ReplyTimeout.TotalSeconds:0} s.");
            throw;
        }

        if (entry.IsWarning)
        {
            Fail($"The Playground could not deliver {what}: {entry.DisplayText}");
        }

        if (entry.StatusCode is not (>= 200 and < 300))
        {
            Fail($"The bot answered HTTP {entry.StatusCode} to {what}.");
        }
    }

    private static bool IsBotUnreachable(PlaygroundLogEntry entry) =>
        entry.DisplayText?.StartsWith("Cannot connect to your app", StringComparison.Ordinal) == true;

    private async Task<BotReply> CollectReplyAsync(int messageMark, Stopwatch clock, CancellationToken cancellationToken)
    {
        IReadOnlyList<BotMessage> messages;
        try
        {
            messages = await Playground.Messages.WaitForRepliesAsync(
                messageMark, ConversationId, _fixture.ReplyTimeout - clock.Elapsed, _fixture.QuietPeriod, cancellationToken);
        }
        catch (TimeoutException)
        {
            Fail($"The bot sent no message within {_fixture.ReplyTimeout.TotalSeconds:0} s.");
            throw;
        }

        foreach (var message in messages)
        {
            _shared.Transcript.Add($"{Playground.Config.Bot.Name}: {message.Summary()}");
        }

        return new BotReply(messages, this);
    }

    // What every speaker in one conversation sees alike: the transcript and the current thread.
    private sealed class SharedState(string conversationId)
    {
        public string ConversationId { get; } = conversationId;

        public List<string> Transcript { get; } = [];

        public string? ThreadId { get; set; }
    }
}
