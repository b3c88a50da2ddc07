using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace JourneyBot.TestSupport.Transcripts;

/// <summary>What a person reads on a card, and the English words in a text meant to be in another language.</summary>
public static partial class ShownText
{
    private static readonly HashSet<string> ShownProperties = new(StringComparer.Ordinal)
    {
        "text", "title", "placeholder", "label", "errorMessage", "altText", "fallbackText", "speak", "tooltip",
    };

    /// <summary>
    /// Every text of an expanded card a person reads: TextBlock and TextRun texts, titles of buttons, choices, facts
    /// and toggles, fact values, labels, placeholders, prefilled text, alt and fallback texts, in document order.
    /// Button data (what a click sends back) and Teams mention entities are not shown.
    /// </summary>
    public static IReadOnlyList<string> ShownTexts(this JsonNode card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var texts = new List<string>();
        Collect(card, texts);
        return texts;
    }

    /// <summary>
    /// The Latin-script words (two letters or more) in <paramref name="text"/> that are not in <paramref name="allowed"/>,
    /// leaving out <c>`code`</c> spans (ids, commands shown as code) and URLs.
    /// </summary>
    public static IReadOnlyList<string> EnglishWords(string text, IReadOnlySet<string> allowed)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(allowed);
        var plain = Url().Replace(Code().Replace(text, " "), " ");
        return [.. LatinWord().Matches(plain).Select(m => m.Value).Where(w => !allowed.Contains(w))];
    }

    private static void Collect(JsonNode? node, List<string> texts)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    if (name is "data" or "msteams")
                    {
                        continue;
                    }

                    if (value is JsonValue leaf && leaf.TryGetValue<string>(out var text)
                        && (ShownProperties.Contains(name) || (name == "value" && IsShownValue(obj))))
                    {
                        texts.Add(text);
                        continue;
                    }

                    if (name == "inlines" && value is JsonArray inlines)
                    {
                        texts.AddRange(inlines.OfType<JsonValue>().Select(i => i.TryGetValue<string>(out var s) ? s : null).OfType<string>());
                    }

                    Collect(value, texts);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, texts);
                }

                break;
        }
    }

    private static bool IsShownValue(JsonObject owner) =>
        (string?)owner["type"] == "Input.Text" || (owner["type"] is null && owner.Parent is JsonArray { Parent: JsonObject set } && set["facts"] == owner.Parent);

    [GeneratedRegex("`[^`]*`")]
    private static partial Regex Code();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Url();

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex LatinWord();
}
