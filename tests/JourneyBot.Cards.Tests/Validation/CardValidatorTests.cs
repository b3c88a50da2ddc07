using System.Text.Json.Nodes;
using JourneyBot.Cards.Validation;

namespace JourneyBot.Cards.Tests.Validation;

public class CardValidatorTests
{
    private static JsonObject Card(string version = "1.5", string text = "Hello") => new()
    {
        ["type"] = "AdaptiveCard",
        ["version"] = version,
        ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = text }),
    };

    [Fact]
    public void MinimalCard_IsValid()
    {
        var check = CardValidator.Check(Card());

        Assert.True(check.IsValid);
        Assert.Empty(check.Problems);
        Assert.InRange(check.SizeInBytes, 1, CardValidator.MaxCardBytes);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("1.2")]
    [InlineData("1.5")]
    public void VersionUpTo15_IsAccepted(string version)
    {
        Assert.True(CardValidator.Check(Card(version)).IsValid);
    }

    [Theory]
    [InlineData("1.6")]
    [InlineData("1.10")]
    [InlineData("2.0")]
    public void VersionAbove15_IsRejected(string version)
    {
        var check = CardValidator.Check(Card(version));

        Assert.False(check.IsValid);
        Assert.Contains(check.Problems, p => p.Contains(version, StringComparison.Ordinal) && p.Contains("1.5", StringComparison.Ordinal));
    }

    [Fact]
    public void MissingOrNonStringVersion_IsRejected()
    {
        var missing = Card();
        missing.Remove("version");
        var number = Card();
        number["version"] = 1.5;

        Assert.False(CardValidator.Check(missing).IsValid);
        Assert.False(CardValidator.Check(number).IsValid);
        Assert.False(CardValidator.Check(Card("latest")).IsValid);
    }

    [Fact]
    public void RootThatIsNotAnAdaptiveCard_IsRejected()
    {
        var wrongType = Card();
        wrongType["type"] = "HeroCard";

        Assert.False(CardValidator.Check(wrongType).IsValid);
        Assert.False(CardValidator.Check(new JsonArray()).IsValid);
    }

    [Fact]
    public void CardOf29KB_IsRejected()
    {
        var check = CardValidator.Check(Card(text: new string('x', 29 * 1024)));

        Assert.False(check.IsValid);
        Assert.True(check.SizeInBytes > CardValidator.MaxCardBytes);
        Assert.Contains(check.Problems, p => p.Contains("28672", StringComparison.Ordinal));
    }

    [Fact]
    public void CardOf27KB_IsAccepted()
    {
        Assert.True(CardValidator.Check(Card(text: new string('x', 27 * 1024))).IsValid);
    }

    [Fact]
    public void NonAsciiText_IsMeasuredAsEscapedJson()
    {
        // 5,000 CJK characters are 15,000 bytes of raw UTF-8 but 30,000 as \uXXXX escapes.
        var check = CardValidator.Check(Card(text: new string('旅', 5_000)));

        Assert.True(check.SizeInBytes > 30_000);
        Assert.False(check.IsValid);
    }

    [Fact]
    public void LeftoverExpression_IsFlaggedWithItsPath()
    {
        var check = CardValidator.Check(Card(text: "Hello ${name}"));

        Assert.False(check.IsValid);
        Assert.Contains(check.Problems, p => p.Contains("$.body[0].text", StringComparison.Ordinal));
    }

    [Fact]
    public void ManyLeftovers_AreSummarized()
    {
        var card = Card();
        var body = card["body"]!.AsArray();
        for (var i = 0; i < 20; i++)
        {
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = "${x}" });
        }

        var check = CardValidator.Check(card);

        Assert.Equal(6, check.Problems.Count);
        Assert.Contains(check.Problems, p => p.StartsWith("15 more", StringComparison.Ordinal));
    }

    [Fact]
    public void EnsureValid_OnAValidCard_DoesNotThrow()
    {
        CardValidator.EnsureValid(Card());
    }

    [Fact]
    public void EnsureValid_OnAnInvalidCard_ThrowsWithEveryProblem()
    {
        var ex = Assert.Throws<CardValidationException>(() => CardValidator.EnsureValid(Card("1.6", "${x}")));

        Assert.Equal(2, ex.Problems.Count);
        Assert.Contains("1.6", ex.Message, StringComparison.Ordinal);
        Assert.Contains("$.body[0].text", ex.Message, StringComparison.Ordinal);
    }
}
