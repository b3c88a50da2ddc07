using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace JourneyBot.BotKit.Schema;

/// <summary>A file, media or card attached to an activity.</summary>
public sealed record Attachment
{
    /// <summary>Content type of an Adaptive Card attachment.</summary>
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public string? ContentType { get; init; }
    public string? ContentUrl { get; init; }
    public JsonNode? Content { get; init; }
    public string? Name { get; init; }
    public string? ThumbnailUrl { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; init; }

    /// <summary>Wraps an Adaptive Card body as an attachment.</summary>
    public static Attachment AdaptiveCard(JsonNode card) =>
        new() { ContentType = AdaptiveCardContentType, Content = card };
}
