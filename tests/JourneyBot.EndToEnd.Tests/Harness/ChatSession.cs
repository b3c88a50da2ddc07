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

    /// <summary>
    /// The speaker's client locale (e.g. <c>zh-CN</c>) for the messages this session sends; null for the Playground's
    /// <c>en-US</c>. See <see cref="PlaygroundOutgoingMessage.Locale"/> for how it reaches the bot. Card clicks and
    /// installs always come in the Playground's <c>en-US</c>.
    /// </summary>
    public string? Locale { get; set; }

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
    /// satisfies <paramref name="isButton"/> (an <c>Action.Execute</c>'s fallback counts), as the
    /// Playground's UI does, and returns the bot's reply, updates of the card included. The bot gets
    /// the button's data with <paramref name="inputs"/> (input id to value, as filled in) merged in.
    /// </summary>
    public async Task<BotReply> ClickAsync(
        BotReply reply, Func<JsonObject, bool> isButton, JsonObject? inputs = null, CancellationToken cancellationToken = default)
    {
        var (message, action) = FindAction(reply, "Action.Submit", isButton);
        var messageMark = Playground.Messages.Count;
        var logMark = Playground.Log.Count;
        var clock = Stopwatch.StartNew();
        var value = WithInputs(action, inputs);
        await Playground.SubmitCardAsync(message.ThreadId, message.MessageId, value, _user.Id, cancellationToken);
        _shared.Transcript.Add($"{_user.Name} clicks \"{(string?)action["title"]}\" {value.ToJsonString()}");
        await ExpectDeliveredAsync(
            logMark,
            message.ThreadId,
            e => (string?)e.RequestBody?["replyToId"] == message.MessageId,
            $"the click on \"{(string?)action["title"]}\"",
            clock,
            cancellationToken);
        return await CollectReplyAsync(messageMark, clock, cancellationToken);
    }

    /// <summary>
    /// Fills in the card's inputs and clicks the first <c>Action.Execute</c> whose <c>data</c>
    /// satisfies <paramref name="isAction"/>: the Playground sends the bot an <c>adaptiveCard/action</c>
    /// invoke with the action's verb and its data with <paramref name="inputs"/> merged in, and puts
    /// the bot's invoke response in place of the card. The reply is that response (a
    /// <see cref="BotMessage.IsInvokeResponse"/> message standing for the replaced card, or a text)
    /// followed by any message the bot sent meanwhile.
    /// </summary>
    public async Task<BotReply> ExecuteAsync(BotReply reply, Func<JsonObject, bool> isAction, JsonObject? inputs = null, CancellationToken cancellationToken = default)
    {
        var (message, action) = FindAction(reply, "Action.Execute", isAction);
        var messageMark = Playground.Messages.Count;
        var logMark = Playground.Log.Count;
        var clock = Stopwatch.StartNew();
        var verb = (string?)action["verb"] ?? string.Empty;
        var data = WithInputs(action, inputs);
        _shared.Transcript.Add($"{_user.Name} clicks \"{(string?)action["title"]}\" (Action.Execute {verb}) {data.ToJsonString()}");
        JsonNode? response;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_fixture.ReplyTimeout);
            response = await Playground.InvokeCardActionAsync(message.ThreadId, message.MessageId, verb, data, _user.Id, timeout.Token);
        }
        catch (PlaygroundApiException e)
        {
            Fail($"The Playground could not invoke \"{verb}\" on the bot: {e.Message}");
            throw;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Fail($"The bot did not answer the invoke \"{verb}\" within {_fixture.ReplyTimeout.TotalSeconds:0} s.");
            throw;
        }

        await ExpectDeliveredAsync(
            logMark,
            message.ThreadId,
            e => e.ActivityName == "invoke" && (string?)e.RequestBody?["replyToId"] == message.MessageId,
            $"the invoke \"{verb}\"",
            clock,
            cancellationToken);
        var answer = BotMessage.FromInvokeResponse(message.ThreadId, message.MessageId, response);
        _shared.Transcript.Add($"{Playground.Config.Bot.Name}: {answer.Summary()}");
        var rest = await Playground.Messages.WaitForQuietAsync(
            messageMark, ConversationId, _fixture.ReplyTimeout - clock.Elapsed, _fixture.QuietPeriod, cancellationToken);
        foreach (var sent in rest)
        {
            _shared.Transcript.Add($"{Playground.Config.Bot.Name}: {sent.Summary()}");
        }

        return new BotReply([answer, .. rest], this);
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
            new PlaygroundOutgoingMessage(target, text) { FromUserId = _user.Id, Locale = Locale }, cancellationToken);
        var startsThread = Kind == PlaygroundConversationKind.Channel && target == ConversationId;
        if (startsThread)
        {
            _shared.ThreadId = sent.ConversationId;
        }

        _shared.Transcript.Add($"{_user.Name}{(startsThread ? " (new post)" : string.Empty)}{(Locale is null ? string.Empty : $" ({Locale})")}: {sent.Text}");
        await ExpectDeliveredAsync(
            logMark,
            sent.ConversationId,
            e => sent.ActivityId is null ? (string?)e.RequestBody?["text"] == sent.Text : e.MessageId == sent.ActivityId,
            $"the message '{text}'",
            clock,
            cancellationToken);
        return await CollectReplyAsync(messageMark, clock, cancellationToken);
    }

    private (BotMessage Message, JsonObject Action) FindAction(BotReply reply, string type, Func<JsonObject, bool> isAction)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(isAction);
        var target = reply.Messages
            .SelectMany(m => m.CardActions.Select(action => (Message: m, Action: action)))
            .FirstOrDefault(x => (string?)x.Action["type"] == type && isAction(x.Action["data"] as JsonObject ?? []));
        if (target.Message is null)
        {
            Fail($"No {type} matched in: {reply}");
        }

        return target;
    }

    // What a Teams client sends for a card action: the action's data, and every input's id and value.
    private static JsonObject WithInputs(JsonObject action, JsonObject? inputs)
    {
        var data = action["data"]?.DeepClone() as JsonObject ?? [];
        foreach (var (id, value) in inputs ?? [])
        {
            data[id] = value?.DeepClone();
        }

        return data;
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
