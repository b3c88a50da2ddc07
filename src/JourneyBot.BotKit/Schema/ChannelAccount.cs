using System.Text.Json;
using System.Text.Json.Serialization;

namespace JourneyBot.BotKit.Schema;

/// <summary>A user or bot on a channel (<c>from</c>, <c>recipient</c>, members).</summary>
public sealed record ChannelAccount
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? AadObjectId { get; init; }
    public string? Role { get; init; }

    /// <summary>Fields this library does not model; kept so they survive a round trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; init; }
}
