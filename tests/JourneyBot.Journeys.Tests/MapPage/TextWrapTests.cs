using JourneyBot.Journeys.MapPage;

namespace JourneyBot.Journeys.Tests.MapPage;

public sealed class TextWrapTests
{
    private const double FontSize = 12.5;

    [Fact]
    public void Text_breaks_between_words_into_lines_that_fit()
    {
        var lines = TextWrap.Wrap("Transferred three times and asked to describe the fault each time", 150, FontSize, 10);

        Assert.True(lines.Count > 1);
        Assert.All(lines, line => Assert.True(TextWrap.Width(line, FontSize) <= 150, line));
        Assert.Equal("Transferred three times and asked to describe the fault each time", string.Join(' ', lines));
    }

    [Fact]
    public void Chinese_breaks_between_characters()
    {
        var text = "材料清单不清楚来回跑了三趟网点很沮丧想放弃";

        var lines = TextWrap.Wrap(text, 100, FontSize, 10);

        Assert.True(lines.Count > 1);
        Assert.Equal(text, string.Concat(lines));
        Assert.All(lines, line => Assert.True(TextWrap.Width(line, FontSize) <= 100, line));
    }

    [Fact]
    public void A_word_wider_than_the_line_is_broken_but_emoji_sequences_never_are()
    {
        var family = "👩‍👩‍👧";
        var text = new string('x', 60) + string.Concat(Enumerable.Repeat(family, 12));

        var lines = TextWrap.Wrap(text, 100, FontSize, 20);

        Assert.Equal(text, string.Concat(lines));
        Assert.All(lines, line => Assert.True(TextWrap.Width(line, FontSize) <= 100, line));
        Assert.All(lines.Skip(1), line => Assert.False(char.IsLowSurrogate(line[0]) || line[0] == '\u200D', line));
        Assert.Equal(12, lines.Sum(l => CountOf(l, family)));
    }

    [Fact]
    public void Too_many_lines_end_in_an_ellipsis_that_still_fits()
    {
        var lines = TextWrap.Wrap(string.Join(' ', Enumerable.Repeat("waiting", 100)), 120, FontSize, 3);

        Assert.Equal(3, lines.Count);
        Assert.EndsWith(TextWrap.Ellipsis, lines[2], StringComparison.Ordinal);
        Assert.True(TextWrap.Width(lines[2], FontSize) <= 120);
    }

    [Fact]
    public void Line_breaks_in_the_text_are_kept_and_blank_text_has_no_lines()
    {
        Assert.Equal(["First", "Second"], TextWrap.Wrap("First\n\nSecond\n", 200, FontSize, 5));
        Assert.Empty(TextWrap.Wrap("  \n ", 200, FontSize, 5));
        Assert.Empty(TextWrap.Wrap(null, 200, FontSize, 5));
    }

    [Fact]
    public void Fit_cuts_one_line_to_the_width()
    {
        Assert.Equal("short", TextWrap.Fit("short", 100, FontSize));
        var cut = TextWrap.Fit("Evidence · CSAT · validated · assessment", 80, FontSize);
        Assert.EndsWith(TextWrap.Ellipsis, cut, StringComparison.Ordinal);
        Assert.True(TextWrap.Width(cut, FontSize) <= 80);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
