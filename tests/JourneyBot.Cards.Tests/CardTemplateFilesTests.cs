using System.Text.Json.Nodes;
using JourneyBot.Cards.Templating;
using JourneyBot.Cards.Validation;

namespace JourneyBot.Cards.Tests;

/// <summary>
/// Every template in the repository's cards/ folder (copied next to the tests, so a card added there is
/// picked up without editing this file). Expanding a card with real data and validating the result
/// belongs to the tests of the code that builds that card's data.
/// </summary>
public class CardTemplateFilesTests
{
    private static readonly string CardsDirectory = Path.Combine(AppContext.BaseDirectory, "cards");

    public static TheoryData<string> Templates => [.. Directory.EnumerateFiles(CardsDirectory, "*.json").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Templates))]
    public void Template_IsAnAdaptiveCardOfAVersionTeamsRenders(string file)
    {
        var card = JsonNode.Parse(File.ReadAllText(Path.Combine(CardsDirectory, file)));

        var root = Assert.IsType<JsonObject>(card);
        Assert.Equal("AdaptiveCard", root["type"]?.GetValue<string>());
        var version = root["version"]?.GetValue<string>();
        Assert.True(Version.TryParse(version, out var parsed), $"{file}: \"version\" must be a version string, not {version ?? "missing"}.");
        Assert.True(parsed <= CardValidator.MaxVersion, $"{file}: version {version} is above {CardValidator.MaxVersion}, the highest Teams renders.");
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Template_EveryExpressionParses(string file)
    {
        var card = JsonNode.Parse(File.ReadAllText(Path.Combine(CardsDirectory, file)));

        var broken = Expressions(card).Where(expression => !ExpressionParser.TryParse(expression, out _)).ToList();

        Assert.True(broken.Count == 0, $"{file}: expressions that do not parse: {string.Join(", ", broken)}");
    }

    private static IEnumerable<string> Expressions(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(property => Expressions(property.Value)),
        JsonArray array => array.SelectMany(Expressions),
        JsonValue value when JsonValues.AsString(value) is { } text => TemplateString.Parse(text).Where(part => part.IsExpression).Select(part => part.Expression),
        _ => [],
    };
}
