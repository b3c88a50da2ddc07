using System.Text;
using System.Text.Json.Nodes;

namespace JourneyBot.TestSupport.Reliability;

/// <summary>One request body of a case: raw bytes, or an activity serialized as sent.</summary>
public sealed record BadInputRequest(byte[] Body)
{
    /// <summary>The activity's JSON, UTF-8.</summary>
    public static implicit operator BadInputRequest(JsonObject activity) => FromJsonObject(activity);

    /// <summary>The bytes as they are.</summary>
    public static implicit operator BadInputRequest(byte[] body) => new(body);

    /// <summary>The activity's JSON, UTF-8.</summary>
    public static BadInputRequest FromJsonObject(JsonObject activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new(Encoding.UTF8.GetBytes(activity.ToJsonString()));
    }

    /// <summary>The bytes as they are.</summary>
    public static BadInputRequest FromByteArray(byte[] body) => new(body);
}

/// <summary>What a bad input must get back.</summary>
public enum BadInputOutcome
{
    /// <summary>A 4xx with a JSON error whose message holds the reason; nothing sent to the connector.</summary>
    Refused,

    /// <summary>200 (or an invoke's 200) and a reply, to the connector or in the invoke response, that says something specific.</summary>
    Answered,

    /// <summary>Accepted and left alone: the given status and no reply needed.</summary>
    Ignored,
}

/// <summary>
/// The maps and ids a corpus case can aim at: the user's own personal chat with a map (stages and lanes), another
/// team's conversation with its own map and note, and a third conversation whose only map was deleted.
/// </summary>
public sealed record BadInputFixture(
    string ServiceUrl,
    string Conversation,
    string MapId,
    IReadOnlyList<string> StageIds,
    IReadOnlyList<string> StageNames,
    IReadOnlyList<string> LaneIds,
    IReadOnlyList<string> LaneNames,
    string OtherConversation,
    string OtherMapId,
    string OtherStageId,
    string OtherLaneId,
    string OtherNoteId,
    string DeletedMapConversation,
    string DeletedMapId);

/// <summary>
/// Checks the rows a case changed (bookkeeping tables left out): null when they are what the case expects,
/// otherwise the problem.
/// </summary>
public sealed record StorageExpectation(string Description, Func<IReadOnlyList<RowChange>, BadInputFixture, string?> Check)
{
    /// <summary>One line for reports.</summary>
    public override string ToString() => Description;
}

/// <summary>What a case expects: the outcome, the status (for refused and ignored), a fragment of the answer and the stored rows.</summary>
public sealed record BadInputExpectation(BadInputOutcome Outcome, int Status, string? Says, StorageExpectation Storage);

/// <summary>
/// One bad input: the request bodies to post in order (the last one is judged; every one must avoid a 5xx and the
/// generic error reply) and what must come of it.
/// </summary>
public sealed record BadInputCase(string Name, Func<BadInputFixture, IReadOnlyList<BadInputRequest>> Requests, BadInputExpectation Expected)
{
    /// <summary>The case's name, as xunit shows it.</summary>
    public override string ToString() => Name;
}
