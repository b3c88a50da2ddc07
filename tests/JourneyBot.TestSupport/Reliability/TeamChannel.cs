using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using JourneyBot.BotKit.Schema;
using JourneyBot.TestSupport.Http;
using JourneyBot.TestSupport.Transcripts;

namespace JourneyBot.TestSupport.Reliability;

/// <summary>
/// One team channel of a reliability scenario, with a team id of its own: people post messages and card
/// submits through HTTP, and each answer comes back with the replies the bot sent to that very activity
/// (matched by reply-to id at the fake connector, so many people can talk at once).
/// </summary>
public sealed class TeamChannel(ReliabilityTarget target, ReliabilityTally tally, string label)
{
    /// <summary>The facilitator who creates the channel's map.</summary>
    public const string FacilitatorId = "29:facilitator";

    /// <summary>The team's id: unique per channel object.</summary>
    public string TeamId { get; private init; } = $"19:{label}-{Guid.NewGuid():N}@thread.tacv2";

    /// <summary>The same team channel reached through another running bot (another instance on the same storage).</summary>
    public TeamChannel On(ReliabilityTarget other) => new(other, tally, label) { TeamId = TeamId };

    /// <summary>The map container of this team, as the bot stores it.</summary>
    public string Container => $"msteams:team:{TeamId}";

    /// <summary>A channel message from <paramref name="userId"/>, not yet sent (a test may change it or send it twice).</summary>
    public JsonObject Message(string text, string userId = FacilitatorId, string? userName = null, string? locale = null)
    {
        var activity = Activities.ChannelMessage(target.ServiceUrl, TeamId, text, userId, userName ?? NameOf(userId));
        if (locale is not null)
        {
            activity["locale"] = locale;
        }

        return activity;
    }

    /// <summary>A note form submitted from a card (Action.Submit: a message whose value is the form's data).</summary>
    public JsonObject FormSubmit(string mapId, string stageId, string laneId, string text, string userId = FacilitatorId, string? locale = null)
    {
        var activity = Message(string.Empty, userId, locale: locale);
        activity.Remove("entities");
        activity["text"] = null;
        activity["replyToId"] = "form-message-1";
        activity["value"] = new JsonObject
        {
            ["action"] = "addNote",
            ["mapId"] = mapId,
            ["kind"] = "RedFlag",
            ["stage"] = stageId,
            ["lane"] = laneId,
            ["text"] = text,
        };
        return activity;
    }

    /// <summary>Posts a message and returns the answer's status and the replies to it.</summary>
    public Task<Turn> SayAsync(string text, CancellationToken cancellationToken, string userId = FacilitatorId, string? locale = null) =>
        SendAsync(Message(text, userId, locale: locale), cancellationToken);

    /// <summary>Posts <paramref name="activity"/> and returns the answer's status, its body and the replies sent to it.</summary>
    public async Task<Turn> SendAsync(JsonObject activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        using var response = await target.PostAsync(activity, tally, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if ((int)response.StatusCode >= 500)
        {
            tally.Problem($"{label}: {(int)response.StatusCode} for “{activity["text"]}”");
        }

        // Replies are sent during the turn, before the answer: they are all recorded by now.
        return new Turn(response.StatusCode, body, RepliesTo(activity["id"]!.GetValue<string>()));
    }

    /// <summary>Replies (accepted by the connector) to the activity with <paramref name="activityId"/>.</summary>
    public IReadOnlyList<Activity> RepliesTo(string activityId) =>
        target.Connector.Calls.Where(c => c.Succeeded && c.Activity?.ReplyToId == activityId).Select(c => c.Activity!).ToList();

    /// <summary>
    /// Creates a service-blueprint map (stages Awareness … Feedback; lanes Physical evidence, Customer, Frontstage,
    /// Backstage, Support processes) as the facilitator; returns it as stored.
    /// </summary>
    public async Task<RawMap> CreateMapAsync(string name, CancellationToken cancellationToken)
    {
        foreach (var answer in new[] { "new map", name, "Facilities manager", "Where do repair visits fail?", "3" })
        {
            await SayAsync(answer, cancellationToken);
        }

        return await RawTables.For(target).MapAsync(Container, cancellationToken)
            ?? throw new InvalidOperationException($"{label}: the map “{name}” was not created.");
    }

    /// <summary>A display name for a user id.</summary>
    public static string NameOf(string userId) => "User " + userId.Split(':')[^1];

    /// <summary>A user id of this scenario: <c>29:{prefix}-{n}</c>.</summary>
    public static string User(string prefix, int n) => string.Create(CultureInfo.InvariantCulture, $"29:{prefix}-{n}");

    /// <summary>One answer of the bot.</summary>
    public sealed record Turn(HttpStatusCode Status, string Body, IReadOnlyList<Activity> Replies)
    {
        /// <summary>Everything said in the replies, one line each.</summary>
        public string Text => Replies.Text();

        /// <summary>True when a reply confirms a stored note (“Added red flag `id` …”) and it holds <paramref name="noteText"/>.</summary>
        public bool ConfirmsNote(string noteText) => Text.Contains("Added ", StringComparison.Ordinal) && Text.Contains(noteText, StringComparison.Ordinal);
    }
}
