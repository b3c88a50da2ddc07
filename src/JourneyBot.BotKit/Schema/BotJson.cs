using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace JourneyBot.BotKit.Schema;

/// <summary>The JSON settings of the Activity protocol: camelCase, nulls omitted.</summary>
public static class BotJson
{
    /// <summary>Serializer options for activities and connector payloads.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Keep CJK and emoji readable in payloads and logs; escaping of HTML-significant
            // characters is the renderer's job, not the wire format's.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            MaxDepth = 64,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
