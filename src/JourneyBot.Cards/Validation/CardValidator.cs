using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using JourneyBot.Cards.Templating;

namespace JourneyBot.Cards.Validation;

/// <summary>
/// Checks an expanded card against what the channels accept before it is sent: an
/// <c>AdaptiveCard</c> root, a schema version Teams can render, a size with room to spare
/// under the message limit, and no template expression left unexpanded.
/// </summary>
public static class CardValidator
{
    /// <summary>Largest card accepted, in bytes of UTF-8 JSON (28 KB): Teams caps a whole message near 40 KB.</summary>
    public const int MaxCardBytes = 28 * 1024;

    /// <summary>Highest schema version accepted: Teams renders at most 1.5.</summary>
    public static Version MaxVersion { get; } = new(1, 5);

    // Enough to locate the problem without drowning the log when a whole list failed to expand.
    private const int MaxLeftoversReported = 5;

    /// <summary>Checks <paramref name="card"/> and reports every problem found.</summary>
    public static CardCheck Check(JsonNode card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var problems = new List<string>();

        if (card is not JsonObject root)
        {
            problems.Add("The card root must be a JSON object.");
        }
        else
        {
            if (StringProperty(root, "type") is not "AdaptiveCard")
            {
                problems.Add("The card root must have \"type\": \"AdaptiveCard\".");
            }

            CheckVersion(root, problems);
        }

        var size = MeasureUtf8(card);
        if (size > MaxCardBytes)
        {
            problems.Add($"The card is {size} bytes; the limit is {MaxCardBytes}.");
        }

        var leftovers = new List<string>();
        FindLeftovers(card, "$", leftovers);
        problems.AddRange(leftovers.Take(MaxLeftoversReported).Select(path => $"Unexpanded template expression at {path}."));
        if (leftovers.Count > MaxLeftoversReported)
        {
            problems.Add($"{leftovers.Count - MaxLeftoversReported} more unexpanded template expressions.");
        }

        return new CardCheck(problems, size);
    }

    /// <summary>Throws <see cref="CardValidationException"/> listing the problems when <paramref name="card"/> is not valid.</summary>
    public static void EnsureValid(JsonNode card)
    {
        var check = Check(card);
        if (!check.IsValid)
        {
            throw new CardValidationException(check.Problems);
        }
    }

    private static string? StringProperty(JsonObject obj, string key) =>
        obj.TryGetPropertyValue(key, out var value) ? JsonValues.AsString(value) : null;

    private static void CheckVersion(JsonObject root, List<string> problems)
    {
        if (StringProperty(root, "version") is not { } text)
        {
            problems.Add("The card must have a \"version\" string such as \"1.5\".");
        }
        else if (!Version.TryParse(text, out var version))
        {
            problems.Add($"The card version \"{text}\" is not a version number.");
        }
        else if (version > MaxVersion)
        {
            problems.Add($"The card version {text} is above {MaxVersion}, the highest Teams renders.");
        }
    }

    // Measured as System.Text.Json writes by default (non-ASCII escaped as \uXXXX), the larger of the
    // encodings a sender may use, so the check errs on the safe side for CJK and emoji text.
    private static int MeasureUtf8(JsonNode card)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            card.WriteTo(writer);
        }

        return buffer.WrittenCount;
    }

    // A leftover "${" is either a malformed template expression or user text that looks like one;
    // both would reach the user as raw syntax, so both are reported.
    private static void FindLeftovers(JsonNode? node, string path, List<string> leftovers)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    var childPath = $"{path}.{key}";
                    if (key.Contains("${", StringComparison.Ordinal))
                    {
                        leftovers.Add(childPath);
                    }

                    FindLeftovers(value, childPath, leftovers);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    FindLeftovers(array[i], $"{path}[{i}]", leftovers);
                }

                break;
            case JsonValue value when JsonValues.AsString(value) is { } text:
                if (text.Contains("${", StringComparison.Ordinal))
                {
                    leftovers.Add(path);
                }

                break;
        }
    }
}
