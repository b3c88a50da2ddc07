using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;

namespace JourneyBot.Domain.Tests.Maps;

public sealed class MapTextTests
{
    [Theory]
    [InlineData("  Use\t\tthe  product ", "Use the product")]
    [InlineData("Line\nbreak", "Line break")]
    [InlineData("bell\u0007 and\u200B zero-width", "bell and zero-width")]
    [InlineData("发现  阶段", "发现 阶段")]
    [InlineData("👩‍💻 dev", "👩‍💻 dev")]
    [InlineData(null, "")]
    public void Clean_name_folds_whitespace_and_drops_control_characters(string? input, string expected) =>
        Assert.Equal(expected, MapText.CleanName(input));

    [Fact]
    public void Truncate_never_splits_a_surrogate_pair()
    {
        var text = "ab😀cd";

        Assert.Equal("ab", MapText.Truncate(text, 3));
        Assert.Equal("ab😀", MapText.Truncate(text, 4));
    }

    [Theory]
    [InlineData("Café", "cafe")]
    [InlineData("CAFÉ ", "cafe")]
    [InlineData("Straße", "straße")]
    [InlineData("使用", "使用")]
    public void Names_compare_without_case_or_accents(string left, string right) =>
        Assert.True(NameComparer.Same(left, right));

    [Fact]
    public void Lone_surrogate_halves_are_dropped_and_names_with_them_still_compare()
    {
        Assert.Equal("Use 😀", MapText.CleanName("U\ud800se \udc00😀"));
        Assert.True(NameComparer.Same("Us\udbffe", "use"));
        Assert.Equal("ok", NoteRules.CleanText("o\ud800k"));
    }

    [Fact]
    public void Different_names_stay_different() => Assert.False(NameComparer.Same("Use", "User"));
}
