using System.Text.Json.Nodes;
using JourneyBot.Cards.Templating;

namespace JourneyBot.Cards.Tests;

/// <summary>
/// Every template in cards/ is language-neutral: whatever a person reads or hears (a TextBlock's text, a
/// button's or choice's title, a fact, a label, a placeholder, ...) comes from the card's data, filled from the
/// resources in the reader's language. A literal word in a template would show the same language to everyone.
/// </summary>
/// <remarks>
/// A checked string passes when, once its <c>${...}</c> expressions are taken out, no letter of any script is
/// left: <c>"${title}"</c>, <c>"${count} ✓"</c> and <c>"—"</c> pass, <c>"Add a note"</c> and <c>"${n} notes"</c>
/// do not. Button <c>data</c> (the command sent back to the bot, never shown) and ids, urls, styles and other
/// layout properties are not checked.
/// </remarks>
public class CardTemplateTextTests
{
    private static readonly string CardsDirectory = Path.Combine(AppContext.BaseDirectory, "cards");

    /// <summary>Properties shown or read out to people on any element, action, choice, fact or toggle.</summary>
    private static readonly HashSet<string> ShownProperties = new(StringComparer.Ordinal)
    {
        "text", "title", "placeholder", "label", "errorMessage", "altText", "fallbackText", "speak", "tooltip",
    };

    /// <summary>Properties holding what the bot sends back on a click: data, not words on the card.</summary>
    private static readonly HashSet<string> DataProperties = new(StringComparer.Ordinal) { "data", "verb", "id", "url", "$when", "$data" };

    public static TheoryData<string> Templates => [.. Directory.EnumerateFiles(CardsDirectory, "*.json").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Templates))]
    public void Template_HoldsNoWordsOutsideItsData(string file)
    {
        var card = JsonNode.Parse(File.ReadAllText(Path.Combine(CardsDirectory, file)));

        var literals = LiteralWords(card, "$").ToList();

        Assert.True(
            literals.Count == 0,
            $"{file}: user-facing text must come from the card's data (resources), not the template: " +
            string.Join("; ", literals.Select(l => $"{l.Path} = \"{l.Text}\"")));
    }

    [Fact]
    public void Check_FindsWordsInEveryKindOfShownText()
    {
        var card = JsonNode.Parse("""
            {
              "type": "AdaptiveCard",
              "body": [
                { "type": "TextBlock", "text": "${count} notes" },
                { "type": "RichTextBlock", "inlines": [ "Hello", { "type": "TextRun", "text": "world" } ] },
                { "type": "FactSet", "facts": [ { "title": "${t}", "value": "Owner" } ] },
                { "type": "Input.Text", "id": "x", "label": "${l}", "placeholder": "Type here", "value": "draft" },
                { "type": "Input.Toggle", "id": "y", "title": "${t}", "valueOn": "true", "valueOff": "false" },
                { "type": "Image", "url": "https://example.com/a.png", "altText": "图片" }
              ],
              "actions": [ { "type": "Action.Submit", "title": "Save", "data": { "command": "new map" } } ],
              "fallbackText": "${fallback}"
            }
            """);

        var literals = LiteralWords(card, "$").Select(l => l.Path).ToList();

        Assert.Equal(
            ["$.body[0].text", "$.body[1].inlines[0]", "$.body[1].inlines[1].text", "$.body[2].facts[0].value", "$.body[3].placeholder",
             "$.body[3].value", "$.body[5].altText", "$.actions[0].title"],
            literals);
    }

    [Theory]
    [InlineData("${title}")]
    [InlineData("${if(isCustomer, 'Bolder', 'Default')}")]
    [InlineData("${position}. ${name}")]
    [InlineData("⚠️ ${count}")]
    [InlineData("—")]
    [InlineData("")]
    public void Check_AllowsExpressionsAndSymbols(string text)
    {
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = text }) };

        Assert.Empty(LiteralWords(card, "$"));
    }

    private static IEnumerable<(string Path, string Text)> LiteralWords(JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    if (DataProperties.Contains(name))
                    {
                        continue;
                    }

                    var childPath = $"{path}.{name}";
                    if (value is JsonValue leaf && (ShownProperties.Contains(name) || IsShownValue(obj, name)))
                    {
                        if (JsonValues.AsString(leaf) is { } text && HasWords(text))
                        {
                            yield return (childPath, text);
                        }

                        continue;
                    }

                    // A RichTextBlock's inlines may be plain strings.
                    if (name == "inlines" && value is JsonArray inlines)
                    {
                        for (var i = 0; i < inlines.Count; i++)
                        {
                            if (inlines[i] is JsonValue inline && JsonValues.AsString(inline) is { } text && HasWords(text))
                            {
                                yield return ($"{childPath}[{i}]", text);
                            }
                        }
                    }

                    foreach (var found in LiteralWords(value, childPath))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var found in LiteralWords(array[i], $"{path}[{i}]"))
                    {
                        yield return found;
                    }
                }

                break;
        }
    }

    /// <summary>
    /// <c>value</c> is shown as a fact's value and as an Input.Text's prefilled text; elsewhere (choices, choice
    /// sets, toggles, whose valueOn and valueOff are not checked either) it is what the input sends back.
    /// </summary>
    private static bool IsShownValue(JsonObject owner, string name) =>
        name == "value"
        && ((string?)owner["type"] is "Input.Text" || (owner["type"] is null && owner.ContainsKey("title") && owner.Parent is JsonArray { Parent: JsonObject { } set } && set["facts"] == owner.Parent));

    private static bool HasWords(string text) =>
        TemplateString.Parse(text).Where(part => !part.IsExpression).Any(part => part.Text.Any(char.IsLetter));
}
