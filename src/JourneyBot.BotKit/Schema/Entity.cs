using System.Text.Json;
using System.Text.Json.Serialization;

namespace JourneyBot.BotKit.Schema;

/// <summary>
/// Metadata attached to an activity (<c>mention</c>, <c>clientInfo</c>, ...). The fields of a
/// mention are modelled; everything else is kept as extension data.
/// </summary>
public sealed record Entity
{
    /// <summary>Entity type of an @mention.</summary>
    public const string MentionType = "mention";

    public string? Type { get; init; }

    /// <summary>For a mention: who is mentioned.</summary>
    public ChannelAccount? Mentioned { get; init; }

    /// <summary>For a mention: the text of the mention in <see cref="Activity.Text"/>, e.g. <c>&lt;at&gt;Bot&lt;/at&gt;</c>.</summary>
    public string? Text { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; init; }

    /// <summary>True when this entity is a mention of the account with the given id.</summary>
    public bool IsMentionOf(string? accountId) =>
        string.Equals(Type, MentionType, StringComparison.OrdinalIgnoreCase)
        && accountId is not null
        && string.Equals(Mentioned?.Id, accountId, StringComparison.Ordinal);
}
