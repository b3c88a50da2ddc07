using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace JourneyBot.Cards.Tests;

public sealed class CardRendererTests : IDisposable
{
    private const string Greeting = """
        {
          "type": "AdaptiveCard",
          "version": "1.5",
          "body": [
            { "type": "TextBlock", "text": "Hello ${displayName}" },
            { "type": "TextBlock", "$data": "${stops}", "text": "${$index}: ${placeName} (${kind})" }
          ]
        }
        """;

    // Templates live one level down so "../x" has a real file to reach for.
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("journeybot-cards-");
    private readonly DirectoryInfo _directory;

    public CardRendererTests() => _directory = _root.CreateSubdirectory("templates");

    public void Dispose() => _root.Delete(recursive: true);

    private enum StopKind
    {
        Airport,
        TrainStation,
    }

    private sealed record Stop(string PlaceName, StopKind Kind);

    private sealed record GreetingData(string DisplayName, IReadOnlyList<Stop> Stops);

    private static readonly GreetingData Data = new("Ada", [new Stop("Kyoto", StopKind.TrainStation), new Stop("Osaka", StopKind.Airport)]);

    private void WriteTemplate(string name, string json) => File.WriteAllText(Path.Combine(_directory.FullName, name + ".json"), json);

    private CardRenderer Renderer(string? directory = null) =>
        new(Options.Create(new CardTemplateOptions { TemplateDirectory = directory ?? _directory.FullName }), NullLogger<CardRenderer>.Instance);

    [Fact]
    public void Render_LoadsTheTemplateAndBindsCamelCaseData()
    {
        WriteTemplate("greeting", Greeting);

        var card = Renderer().Render("greeting", Data);

        var body = card["body"]!.AsArray();
        Assert.Equal("Hello Ada", body[0]!["text"]!.GetValue<string>());
        Assert.Equal("0: Kyoto (trainStation)", body[1]!["text"]!.GetValue<string>());
        Assert.Equal("1: Osaka (airport)", body[2]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void Render_SecondCall_UsesTheCachedTemplate()
    {
        WriteTemplate("greeting", Greeting);
        var renderer = Renderer();
        var first = renderer.Render("greeting", Data);

        WriteTemplate("greeting", """{ "type": "AdaptiveCard", "version": "1.5", "body": [] }""");
        var second = renderer.Render("greeting", Data);

        Assert.Equal(first.ToJsonString(), second.ToJsonString());
    }

    [Fact]
    public void Render_ReturnsIndependentCopies()
    {
        WriteTemplate("greeting", Greeting);
        var renderer = Renderer();

        var first = renderer.Render("greeting", Data);
        first["body"]!.AsArray().Clear();
        first["version"] = "9.9";
        var second = renderer.Render("greeting", Data);

        Assert.Equal("1.5", second["version"]!.GetValue<string>());
        Assert.Equal(3, second["body"]!.AsArray().Count);
    }

    [Fact]
    public void Render_ConcurrentCallsOnAColdCache_AllProduceTheSameCard()
    {
        WriteTemplate("greeting", Greeting);
        var renderer = Renderer();

        var cards = new string[64];
        Parallel.For(0, cards.Length, i => cards[i] = renderer.Render("greeting", Data).ToJsonString());

        Assert.All(cards, c => Assert.Equal(cards[0], c));
    }

    [Fact]
    public void Render_UnknownTemplate_ThrowsCardTemplateNotFound()
    {
        var ex = Assert.Throws<CardTemplateNotFoundException>(() => Renderer().Render("nope", Data));

        Assert.Equal("nope", ex.TemplateName);
    }

    [Fact]
    public void Render_TemplateAddedAfterAMiss_IsFound()
    {
        var renderer = Renderer();
        Assert.Throws<CardTemplateNotFoundException>(() => renderer.Render("late", Data));

        WriteTemplate("late", Greeting);

        Assert.Equal("AdaptiveCard", renderer.Render("late", Data)["type"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("..")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("/etc/passwd")]
    [InlineData(".hidden")]
    [InlineData("a..b")]
    [InlineData("greeting.json ")]
    [InlineData("")]
    public void Render_NameThatIsNotASimpleFileName_IsRejected(string name)
    {
        WriteTemplate("greeting", Greeting);
        File.WriteAllText(Path.Combine(_root.FullName, "x.json"), Greeting);

        Assert.ThrowsAny<ArgumentException>(() => Renderer().Render(name, Data));
    }

    [Fact]
    public void Render_RelativeDirectory_IsResolvedAgainstTheAppBaseDirectory()
    {
        var relative = "cards-test-" + Guid.NewGuid().ToString("N");
        var absolute = Path.Combine(AppContext.BaseDirectory, relative);
        Directory.CreateDirectory(absolute);
        try
        {
            File.WriteAllText(Path.Combine(absolute, "greeting.json"), Greeting);

            var card = Renderer(relative).Render("greeting", Data);

            Assert.Equal("AdaptiveCard", card["type"]!.GetValue<string>());
        }
        finally
        {
            Directory.Delete(absolute, recursive: true);
        }
    }

    [Fact]
    public void Render_InvalidJsonTemplate_ThrowsNamingTheTemplate()
    {
        WriteTemplate("broken", "{ \"type\": ");

        var ex = Assert.Throws<InvalidOperationException>(() => Renderer().Render("broken", Data));

        Assert.Contains("broken", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TemplateThatExpandsToNothing_Throws()
    {
        WriteTemplate("hidden", """{ "$when": "${false}", "type": "AdaptiveCard" }""");

        Assert.Throws<InvalidOperationException>(() => Renderer().Render("hidden", Data));
    }

    [Fact]
    public void Render_UserTextInData_IsNotEvaluated()
    {
        WriteTemplate("greeting", Greeting);

        var card = Renderer().Render("greeting", Data with { DisplayName = "${$root.stops[0].placeName}" });

        Assert.Equal("Hello ${$root.stops[0].placeName}", card["body"]![0]!["text"]!.GetValue<string>());
    }
}
