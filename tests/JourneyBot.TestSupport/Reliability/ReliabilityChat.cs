using System.Net;
using System.Text.Json.Nodes;
using JourneyBot.BotKit.Schema;
using JourneyBot.TestSupport.Http;

namespace JourneyBot.TestSupport.Reliability;

/// <summary>
/// One team channel talking to the bot in a reliability scenario: sends messages as its members and
/// returns the replies the fake connector received for this conversation during the turn (the bot sends
/// replies before it answers the POST). Only one message of a conversation should be in flight at a time
/// when the replies matter; concurrent senders use <see cref="SendAsync"/> and read the replies themselves.
/// </summary>
public sealed class ReliabilityChat(ReliabilityTarget target, ReliabilityTally tally, string teamId)
{
    /// <summary>The answers to the new-map dialog that make a service blueprint (stages and lanes ready for notes).</summary>
    public static readonly IReadOnlyList<string> NewBlueprintAnswers =
        ["new map", "Reliability blueprint", "Field technician", "Where does a repair visit fail?", "3"];

    /// <summary>The team's channel conversation id (as the connector sees it, without the thread suffix).</summary>
    public string ChannelId => $"{teamId}-general";

    /// <summary>Says <paramref name="text"/> in the channel as <paramref name="userId"/> and returns the bot's replies to it.</summary>
    public async Task<IReadOnlyList<Activity>> SayAsync(string text, string userId = "29:rel-owner", string userName = "Rel Owner", CancellationToken cancellationToken = default)
    {
        var before = RepliesSoFar().Count;
        await SendAsync(Activities.ChannelMessage(target.ServiceUrl, teamId, text, userId, userName), cancellationToken);
        return [.. RepliesSoFar().Skip(before)];
    }

    /// <summary>Posts an activity of this channel; a non-200 answer is recorded as a problem.</summary>
    public async Task<HttpStatusCode> SendAsync(JsonObject activity, CancellationToken cancellationToken = default)
    {
        using var response = await target.PostAsync(activity, tally, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            tally.Problem($"{ChannelId}: '{Describe(activity)}' got {(int)response.StatusCode}");
        }

        return response.StatusCode;
    }

    /// <summary>Creates a service blueprint through the new-map dialog as the channel's owner.</summary>
    public async Task CreateBlueprintAsync(CancellationToken cancellationToken = default)
    {
        foreach (var answer in NewBlueprintAnswers)
        {
            await SayAsync(answer, cancellationToken: cancellationToken);
        }
    }

    /// <summary>Every activity the bot sent to this channel so far, in order.</summary>
    public IReadOnlyList<Activity> RepliesSoFar() =>
        [.. target.Connector.Calls
            .Where(call => call.Activity is not null && call.ConversationId is { } id && id.StartsWith(ChannelId, StringComparison.Ordinal))
            .Select(call => call.Activity!)];

    private static string Describe(JsonObject activity)
    {
        var text = activity["text"]?.ToString() ?? activity["type"]?.ToString() ?? "?";
        return text.Length > 60 ? text[..60] + "…" : text;
    }
}
