using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace JourneyBot.TestSupport.Playground;

/// <summary>
/// Drives a running Agents Playground the way its web UI does: sends messages as the current user
/// (or, through custom activities, as another configured user), clicks card actions, installs the
/// app, and reads what the bot sent from the Playground's websockets.
/// </summary>
/// <remarks>
/// Connect before sending: the Playground buffers websocket frames only while no client at all is
/// connected and then hands the backlog to whichever client connects first.
/// </remarks>
public sealed class PlaygroundClient : IAsyncDisposable
{
    private const string ConversationStreamPath = "_ws_conversation/v1/conversations/stream";
    private const string LogStreamPath = "_ws/log/stream";

    /// <summary>The locale the Playground puts on every activity it builds.</summary>
    private const string DefaultLocale = "en-US";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly HttpClient _http;
    private JsonWebSocketReader? _conversationStream;
    private JsonWebSocketReader? _logStream;

    private PlaygroundClient(HttpClient http, PlaygroundConfig config)
    {
        _http = http;
        Config = config;
    }

    public Uri BaseUri => _http.BaseAddress!;

    /// <summary>The mock tenant: users, bot, chats, team and channels with their conversation ids.</summary>
    public PlaygroundConfig Config { get; }

    /// <summary>What the bot sent, from the conversation websocket.</summary>
    public BotMessageLog Messages { get; } = new();

    /// <summary>The Playground's log panel: its calls to the bot with their HTTP status, and its warnings.</summary>
    public PlaygroundLog Log { get; } = new();

    /// <summary>
    /// Reads the config and connects the websockets. <c>GET /_internal/v1/config</c> first waits (up
    /// to 15 s) for the bot's endpoint to answer, so call it once the bot is up.
    /// </summary>
    public static async Task<PlaygroundClient> ConnectAsync(Uri baseUri, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(baseUri);
        var http = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(60) };
        try
        {
            var response = await SendAsync(http, HttpMethod.Get, "_internal/v1/config", null, cancellationToken);
            var config = JsonNode.Parse(response)?["config"]?.Deserialize<PlaygroundConfig>(Json)
                ?? throw new PlaygroundApiException($"GET _internal/v1/config returned no config: {response}");
            var client = new PlaygroundClient(http, config);
            await client.ConnectStreamsAsync(cancellationToken);
            return client;
        }
        catch
        {
            http.Dispose();
            throw;
        }
    }

    /// <summary>Sends <paramref name="text"/> as the current user, @mentioning the bot where Teams requires it.</summary>
    public Task<SentMessage> SendMessageAsync(string conversationId, string text, CancellationToken cancellationToken) =>
        SendMessageAsync(new PlaygroundOutgoingMessage(conversationId, text), cancellationToken);

    /// <summary>
    /// Sends a message. As the current user it goes through <c>POST /_conversation/v1/conversations/{id}/messages</c>
    /// exactly like the web UI (the Playground ignores <c>from</c> there and always sends the current
    /// user, in <c>en-US</c>); as anyone else, or in another locale, it is built like the Playground builds one and
    /// sent as a custom activity.
    /// </summary>
    public async Task<SentMessage> SendMessageAsync(PlaygroundOutgoingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var kind = Config.KindOf(message.ConversationId);
        var text = message.Text;
        var mentions = new List<(string Id, string Name, string Markup)>();
        if (message.MentionBot ?? kind != PlaygroundConversationKind.Personal)
        {
            if (!text.Contains(Config.Bot.MentionText, StringComparison.Ordinal))
            {
                text = $"{Config.Bot.MentionText} {text}";
            }

            mentions.Add((Config.Bot.Id, Config.Bot.Name, Config.Bot.MentionText));
        }

        foreach (var userId in message.MentionUserIds)
        {
            var user = Config.User(userId);
            var markup = $"<at>{user.Name}</at>";
            if (!text.Contains(markup, StringComparison.Ordinal))
            {
                text = $"{text} {markup}";
            }

            mentions.Add((user.Id, user.Name, markup));
        }

        var sender = message.FromUserId is null ? Config.CurrentUser : Config.User(message.FromUserId);
        return sender.Id == Config.CurrentUser.Id && message.Locale is null
            ? await PostMessageAsync(message.ConversationId, text, mentions, cancellationToken)
            : await SendAsCustomActivityAsync(message.ConversationId, sender, kind, text, mentions, message.Locale ?? DefaultLocale, cancellationToken);
    }

    /// <summary>
    /// Clicks an <c>Action.Submit</c> on a card (<c>POST /_conversation/v1/submit</c>): the bot gets a
    /// message with no text and <paramref name="value"/>. <paramref name="conversationId"/> is the
    /// card message's <see cref="BotMessage.ThreadId"/>.
    /// </summary>
    public async Task SubmitCardAsync(
        string conversationId, string cardMessageId, JsonObject value, string? fromUserId, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["from"] = new JsonObject { ["id"] = fromUserId ?? Config.CurrentUser.Id },
            ["replyToId"] = cardMessageId,
            ["value"] = value,
        };
        await SendAsync(_http, HttpMethod.Post, "_conversation/v1/submit", body, cancellationToken);
    }

    /// <summary>
    /// Clicks an <c>Action.Execute</c> on a card (<c>POST /_conversation/v1/invoke</c>, invoke
    /// <c>adaptiveCard/action</c>) and returns the bot's invoke response as the Playground passes it
    /// on: <c>{type, value}</c> (the bot's <c>statusCode</c> is dropped).
    /// </summary>
    public async Task<JsonNode?> InvokeCardActionAsync(
        string conversationId, string cardMessageId, string verb, JsonObject? data, string? fromUserId, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["from"] = new JsonObject { ["id"] = fromUserId ?? Config.CurrentUser.Id },
            ["replyToId"] = cardMessageId,
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data ?? [] },
                ["trigger"] = "manual",
            },
        };
        var response = await SendAsync(_http, HttpMethod.Post, "_conversation/v1/invoke", body, cancellationToken);
        return string.IsNullOrWhiteSpace(response) ? null : JsonNode.Parse(response);
    }

    /// <summary>
    /// Simulates installing the app in a chat or channel (<c>POST /_debug/conversation/{id}/installation</c>):
    /// in Teams mode the bot gets an <c>installationUpdate</c> (action <c>add</c>) and a
    /// <c>conversationUpdate</c> with <c>membersAdded</c> (personal chat: the user and the bot;
    /// elsewhere: the bot), sent concurrently.
    /// </summary>
    public async Task InstallAppAsync(string conversationId, CancellationToken cancellationToken) =>
        await SendAsync(_http, HttpMethod.Post, $"_debug/conversation/{Uri.EscapeDataString(conversationId)}/installation", new JsonObject(), cancellationToken);

    /// <summary>
    /// A ready-made activity for a chat or channel (<c>GET /_internal/v1/customActivities/template</c>),
    /// from the current user: one of <c>install, uninstall, userAdded, userRemoved, botAdded, botRemoved,
    /// channelCreated, channelRenamed, channelDeleted, teamRenamed, teamDeleted, sendEmail,
    /// mentionInWord</c>, or with no type a bare activity to fill in.
    /// </summary>
    public async Task<JsonObject> GetCustomActivityTemplateAsync(string conversationId, string? type, CancellationToken cancellationToken)
    {
        var query = $"conversationId={Uri.EscapeDataString(conversationId)}" + (type is null ? string.Empty : $"&type={Uri.EscapeDataString(type)}");
        var response = await SendAsync(_http, HttpMethod.Get, $"_internal/v1/customActivities/template?{query}", null, cancellationToken);
        return JsonNode.Parse(response) as JsonObject ?? throw new PlaygroundApiException($"The custom activity template is not an object: {response}");
    }

    /// <summary>
    /// Sends <paramref name="activity"/> to the bot verbatim (<c>POST /_internal/v1/customActivities</c>).
    /// The Playground answers before delivering it; it does not show it as a message.
    /// </summary>
    public async Task SendCustomActivityAsync(JsonObject activity, CancellationToken cancellationToken) =>
        await SendAsync(_http, HttpMethod.Post, "_internal/v1/customActivities", activity, cancellationToken);

    /// <summary>The bot's messages and the Playground's log panel, for failure messages.</summary>
    public string Describe() => Messages.Describe() + Log.Describe();

    public async ValueTask DisposeAsync()
    {
        if (_conversationStream is not null)
        {
            await _conversationStream.DisposeAsync();
        }

        if (_logStream is not null)
        {
            await _logStream.DisposeAsync();
        }

        _http.Dispose();
    }

    private async Task ConnectStreamsAsync(CancellationToken cancellationToken)
    {
        var wsRoot = new UriBuilder(BaseUri) { Scheme = BaseUri.Scheme == "https" ? "wss" : "ws" }.Uri;
        _conversationStream = await JsonWebSocketReader.ConnectAsync(
            new Uri(wsRoot, ConversationStreamPath), Messages.AddFrame, Messages.Close, cancellationToken);
        _logStream = await JsonWebSocketReader.ConnectAsync(
            new Uri(wsRoot, LogStreamPath), Log.AddFrame, Log.Close, cancellationToken);
    }

    private async Task<SentMessage> PostMessageAsync(
        string conversationId, string text, List<(string Id, string Name, string Markup)> mentions, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["from"] = new JsonObject { ["id"] = Config.CurrentUser.Id },
            ["text"] = text,
            ["textFormat"] = "plain",
        };
        if (mentions.Count > 0)
        {
            body["mentions"] = new JsonArray([.. mentions.Select(m => (JsonNode)new JsonObject
            {
                ["mentioned"] = new JsonObject { ["id"] = m.Id, ["name"] = m.Name },
                ["text"] = m.Markup,
            })]);
        }

        var response = JsonNode.Parse(await SendAsync(
            _http, HttpMethod.Post, $"_conversation/v1/conversations/{Uri.EscapeDataString(conversationId)}/messages", body, cancellationToken));

        // Posting to a channel starts a new thread; the Playground returns its id.
        var messageId = (string?)response?["messageId"] ?? throw new PlaygroundApiException($"No messageId in {response?.ToJsonString()}");
        return new SentMessage((string?)response?["postConversationId"] ?? conversationId, messageId, text);
    }

    private async Task<SentMessage> SendAsCustomActivityAsync(
        string conversationId,
        PlaygroundUser sender,
        PlaygroundConversationKind kind,
        string text,
        List<(string Id, string Name, string Markup)> mentions,
        string locale,
        CancellationToken cancellationToken)
    {
        // The template carries what only the Playground knows: its serviceUrl, channel id, the
        // recipient and the conversation's shape.
        var activity = await GetCustomActivityTemplateAsync(conversationId, null, cancellationToken);
        var activityId = Guid.NewGuid().ToString();
        var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        var entities = new JsonArray([.. mentions.Select(m => (JsonNode)new JsonObject
        {
            ["type"] = "mention",
            ["mentioned"] = new JsonObject { ["id"] = m.Id, ["name"] = m.Name },
            ["text"] = m.Markup,
        })]);
        var country = locale.Split('-') is [_, .., { Length: 2 } region] ? region.ToUpperInvariant() : "US";
        entities.Add(new JsonObject { ["type"] = "clientInfo", ["locale"] = locale, ["country"] = country, ["timezone"] = "UTC" });
        var channelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Config.TenantId } };
        if (kind == PlaygroundConversationKind.Channel)
        {
            var channelId = PlaygroundConfig.TopLevelConversationId(conversationId);
            channelData["teamsChannelId"] = channelId;
            channelData["teamsTeamId"] = Config.Team.Id;
            channelData["team"] = new JsonObject { ["id"] = Config.Team.Id };
            channelData["channel"] = new JsonObject { ["id"] = channelId };
        }

        activity["type"] = "message";
        activity["id"] = activityId;
        activity["timestamp"] = now;
        activity["localTimestamp"] = now;
        activity["from"] = new JsonObject { ["id"] = sender.Id, ["name"] = sender.Name, ["aadObjectId"] = sender.AadObjectId };
        activity["text"] = text;
        activity["textFormat"] = "plain";
        activity["locale"] = locale;
        activity["entities"] = entities;
        activity["channelData"] = channelData;
        await SendCustomActivityAsync(activity, cancellationToken);
        return new SentMessage(conversationId, activityId, text, activityId);
    }

    private static async Task<string> SendAsync(
        HttpClient http, HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        using var response = await http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.IsSuccessStatusCode
            ? text
            : throw new PlaygroundApiException($"{method} /{path}", response.StatusCode, text);
    }
}
