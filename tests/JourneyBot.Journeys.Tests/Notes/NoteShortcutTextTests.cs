using JourneyBot.Domain.Notes;
using JourneyBot.Journeys.Notes;

namespace JourneyBot.Journeys.Tests.Notes;

/// <summary>What happens to the words people type: names cleaned, note text kept as written.</summary>
public sealed class NoteShortcutTextTests
{
    private static NoteShortcut Read(string message)
    {
        var result = NoteShortcutParser.Parse(message);
        Assert.True(result.Succeeded, $"'{message}' failed: {result.Error}");
        return result.Shortcut;
    }

    [Theory]
    [InlineData("pain Use the product: slow", "Use the product", null)]
    [InlineData("pain   Use   the\tproduct  /  Customer success  : slow", "Use the product", "Customer success")]
    [InlineData("pain Support/Feedback/Customer: slow", "Support/Feedback", "Customer")]
    [InlineData("pain Purchase/: slow", "Purchase", null)]
    [InlineData("pain 3: slow", "3", null)]
    [InlineData("痛点 使用产品／客户成功：太慢", "使用产品", "客户成功")]
    [InlineData("痛点 使用 产品/客户：太慢", "使用 产品", "客户")]
    [InlineData("pain 🚀 Launch/👩‍💻 Dev: slow", "🚀 Launch", "👩‍💻 Dev")]
    public void Stage_and_lane_names_come_back_as_typed_with_spaces_cleaned(string message, string stage, string? lane)
    {
        var shortcut = Read(message);

        Assert.Equal(stage, shortcut.Stage);
        Assert.Equal(lane, shortcut.Lane);
        Assert.Equal("slow", shortcut.Text.Replace("太慢", "slow", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("red flag Purchase: \u05D4\u05D8\u05D5\u05E4\u05E1 \u05D0\u05E8\u05D5\u05DA \u05DE\u05D3\u05D9")]
    [InlineData("red flag Purchase: \u200F\u0627\u0644\u0628\u0637\u0627\u0642\u0629 \u0645\u0631\u0641\u0648\u0636\u0629\u200F")]
    [InlineData("green flag Use: 🚀 fast setup 👩‍💻 by the 🇯🇵 team")]
    [InlineData("pain Use: 安装向导要 30 分钟，太慢了！")]
    [InlineData("pain Use: mixed עברית and English, with a time 10:30 and a URL https://example.com/a:b")]
    public void Note_text_passes_through_intact(string message)
    {
        var expected = message[(message.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();

        Assert.Equal(expected, Read(message).Text);
    }

    [Fact]
    public void Right_to_left_names_are_read()
    {
        var shortcut = Read("pain \u05E8\u05DB\u05D9\u05E9\u05D4/\u05DC\u05E7\u05D5\u05D7: \u05D0\u05D9\u05D8\u05D9");

        Assert.Equal("\u05E8\u05DB\u05D9\u05E9\u05D4", shortcut.Stage);
        Assert.Equal("\u05DC\u05E7\u05D5\u05D7", shortcut.Lane);
        Assert.Equal("\u05D0\u05D9\u05D8\u05D9", shortcut.Text);
    }

    [Fact]
    public void Inner_line_breaks_are_kept_and_the_ends_trimmed()
    {
        var shortcut = Read("  pain Purchase:  first line\r\nsecond line\n\n  indented third  \n ");

        Assert.Equal("first line\nsecond line\n\n  indented third", shortcut.Text);
    }

    [Fact]
    public void Without_a_colon_the_text_starts_on_the_next_line()
    {
        var shortcut = Read("pain Use the product\nthe form is long\nand asks twice");

        Assert.Equal("Use the product", shortcut.Stage);
        Assert.Equal("the form is long\nand asks twice", shortcut.Text);
    }

    [Fact]
    public void A_colon_on_a_later_line_does_not_end_the_place()
    {
        var shortcut = Read("action Use\nnote: the team calls at 10:30");

        Assert.Equal("Use", shortcut.Stage);
        Assert.Equal("note: the team calls at 10:30", shortcut.Text);
    }

    [Fact]
    public void An_emotion_reason_may_go_on_over_several_lines()
    {
        var shortcut = Read("emotion Use -1 setup takes\na whole day");

        Assert.Equal(-1, shortcut.Score);
        Assert.Equal("setup takes\na whole day", shortcut.Text);
    }

    [Fact]
    public void The_place_must_be_on_the_line_of_the_kind_word()
    {
        var result = NoteShortcutParser.Parse("pain\nPurchase: too many fields");

        Assert.Equal(NoteShortcutError.MissingStage, result.Error);
        Assert.Equal(NoteKind.PainPoint, result.Kind);
    }

    [Fact]
    public void Non_breaking_spaces_from_the_chat_client_count_as_spaces()
    {
        var shortcut = Read("red\u00A0flag\u00A0Use\u00A0the product/Customer:\u00A0declined");

        Assert.Equal(NoteKind.RedFlag, shortcut.Kind);
        Assert.Equal("Use the product", shortcut.Stage);
        Assert.Equal("declined", shortcut.Text);
    }

    [Fact]
    public void Control_characters_are_dropped_and_tabs_read_as_spaces()
    {
        var shortcut = Read("pain\tUse:\u0007 beep\tand tab");

        Assert.Equal("Use", shortcut.Stage);
        Assert.Equal("beep and tab", shortcut.Text);
    }

    [Theory]
    [InlineData("pain Use:  text with\r\nlines and\u200Bformat characters \u200F ")]
    [InlineData("quote Use: “x” — Ann")]
    [InlineData("emotion Use -1 \u0001slow")]
    public void The_text_is_already_clean_for_the_note_rules(string message)
    {
        var text = Read(message).Text;

        Assert.Equal(NoteRules.CleanText(text), text);
    }

    [Fact]
    public void Fields_that_do_not_belong_to_the_kind_stay_empty()
    {
        var shortcut = Read("pain Use: page (web) [survey] [validated]");

        Assert.Equal("page (web) [survey] [validated]", shortcut.Text);
        Assert.Null(shortcut.Channel);
        Assert.Null(shortcut.Source);
        Assert.Null(shortcut.Validated);
        Assert.Null(shortcut.Score);
        Assert.Null(shortcut.Speaker);
        Assert.Null(shortcut.ToLane);
    }
}
