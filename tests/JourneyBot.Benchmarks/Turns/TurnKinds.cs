using System.Text.Json.Nodes;
using JourneyBot.TestSupport.Http;

namespace JourneyBot.Benchmarks.Turns;

/// <summary>The turn kinds the benchmark measures, by their names in the table and the JSON.</summary>
internal static class TurnKinds
{
    public const string Note = "note (one line)";
    public const string DialogStep = "dialog step";
    public const string CardSubmit = "card submit";

    public static string Summary(int notes) => $"summary {notes:N0} notes";
}

/// <summary>
/// One simulated conversation: a thread in a team channel, one person talking. Team channels see the team's
/// maps; each conversation of a level has a team of its own (and so its own maps), except the summary ones,
/// which share the team of the seeded map and each have their own person.
/// </summary>
internal sealed class BenchConversation(string teamId, string channelId, string userId, string userName)
{
    private int _sequence;

    public string TeamId => teamId;

    public string ChannelId => channelId;

    public string UserId => userId;

    public string UserName => userName;

    public string ConversationId => $"{ChannelId};messageid=17000";

    /// <summary>A message that @mentions the bot, as Teams sends it in a channel.</summary>
    public JsonObject Message(string serviceUrl, string text)
    {
        var activity = Activities.ChannelMessage(serviceUrl, TeamId, text, UserId, UserName);
        activity["id"] = $"{UserId}-{Interlocked.Increment(ref _sequence)}-{Guid.NewGuid():N}";
        activity["conversation"]!["id"] = ConversationId;
        activity["channelData"]!["channel"]!["id"] = ChannelId;
        return activity;
    }

    /// <summary>The note form's Action.Submit: no text, the card's data and inputs in <c>value</c>.</summary>
    public JsonObject CardSubmit(string serviceUrl, string mapId, string text)
    {
        var activity = Message(serviceUrl, string.Empty);
        activity.Remove("text");
        activity.Remove("entities");
        activity["value"] = new JsonObject
        {
            ["action"] = "addNote",
            ["mapId"] = mapId,
            ["kind"] = "RedFlag",
            ["stage"] = "s3",       // Purchase on a service blueprint
            ["lane"] = "l2",        // Customer
            ["toLane"] = string.Empty,
            ["text"] = text,
            ["score"] = string.Empty,
            ["extra"] = string.Empty,
            ["category"] = string.Empty,
        };
        return activity;
    }
}
