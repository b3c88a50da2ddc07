using JourneyBot.Domain.Maps;
using JourneyBot.Journeys.Exports;
using JourneyBot.Journeys.Localization;

namespace JourneyBot.Journeys.Tests.Exports;

public sealed class MapMarkdownExporterTests
{
    private static readonly MapScope Scope = new("tenant-1", "msteams:conversation:a:md");

    [Theory]
    [InlineData("# Heading", "\\# Heading")]
    [InlineData("[link](http://evil.example)", "\\[link\\](http://evil.example)")]
    [InlineData("![img](http://evil.example/x.png)", "!\\[img\\](http://evil.example/x.png)")]
    [InlineData("<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>")]
    [InlineData("<http://evil.example>", "\\<http://evil.example\\>")]
    [InlineData("*bold* _it_ ~~gone~~", "\\*bold\\* \\_it\\_ \\~\\~gone\\~\\~")]
    [InlineData("`code`", "\\`code\\`")]
    [InlineData("a | b", "a \\| b")]
    [InlineData("&amp; &#60;", "\\&amp; \\&\\#60;")]
    [InlineData("back\\slash", "back\\\\slash")]
    [InlineData("- not a list", "\\- not a list")]
    [InlineData("+ not a list", "\\+ not a list")]
    [InlineData("> not a quote", "\\> not a quote")]
    [InlineData("1. not a list", "1\\. not a list")]
    [InlineData("12) not a list", "12\\) not a list")]
    [InlineData("=== not a heading", "\\=== not a heading")]
    [InlineData("    not code", "not code")]
    [InlineData("a - b. 3.5 + 1", "a - b. 3.5 + 1")]
    [InlineData("售后 🛒", "售后 🛒")]
    public void Markup_in_peoples_text_is_escaped(string text, string expected)
    {
        Assert.Equal(expected, MarkdownText.Escape(text));
    }

    [Fact]
    public void Every_line_of_a_multi_line_text_is_escaped_on_its_own()
    {
        Assert.Equal(["first", "\\- second", "\\# third"], MarkdownText.EscapeLines("first\r\n- second\n\n   # third\n"));
    }

    [Fact]
    public void The_document_has_the_map_header_then_each_stage_with_notes_grouped_by_lane()
    {
        var md = MapMarkdownExporter.Export(ExportSamples.Map(Scope), ExportSamples.Notes(), BotText.English, ExportSamples.Start.AddHours(1));

        var lines = md.Split('\n');
        Assert.Equal("# Voyage “Ünïcode”, 旅程 ✈️", lines[0]);
        Assert.Contains("- **Persona:** First-time buyer, \"busy\"", lines);
        Assert.Contains("- **Goal:** Why do \\*trial\\* users not convert?", lines);
        Assert.Contains("- **Layout:** Service blueprint", lines);
        Assert.Contains("- **Facilitators:** Alice Chen, Bob Müller", lines);
        Assert.Contains("- 3 stages · 3 lanes · 10 notes", lines);
        Assert.Contains("- Exported 2026-11-20 10:00 UTC", lines);

        var headings = lines.Where(l => l.StartsWith('#')).ToList();
        Assert.Equal(
        [
            "# Voyage “Ünïcode”, 旅程 ✈️",
            "## 1. Awareness, “first look”", "### Customer (customer lane)", "### Front=stage · owner: Bob Müller",
            "## 2. 购买 🛒", "### Customer (customer lane)", "### Front=stage · owner: Bob Müller", "### Backstage",
            "## 3. Use", "### Customer (customer lane)", "### Front=stage · owner: Bob Müller",
        ], headings);
        Assert.DoesNotContain(ExportSamples.DeletedText, md, StringComparison.Ordinal);
    }

    [Fact]
    public void Notes_show_their_kind_fields_author_and_date_and_their_text_cannot_inject_markup()
    {
        var md = MapMarkdownExporter.Export(ExportSamples.Map(Scope), ExportSamples.Notes(), BotText.English, ExportSamples.Start);

        Assert.Contains("- **Action**: Sees the ad, then \"compares\" plans, prices\\\n  and 📱 reviews — Alice Chen, 2026-11-20\n", md, StringComparison.Ordinal);
        Assert.Contains("- **Opportunity**: \\# Self-service \\*status\\* page \\[link\\](http://x.example) \\<b\\>bold\\</b\\> — Alice Chen, 2026-11-20\n", md, StringComparison.Ordinal);
        Assert.Contains("- **Emotion** (score -2): \\-2 setup takes a day — Alice Chen, 2026-11-20\n", md, StringComparison.Ordinal);
        Assert.Contains("- **Handoff** (to Backstage · category: hand-off): Signed order emailed", md, StringComparison.Ordinal);
        Assert.Contains("- **Quote** (said by Ana, customer): 我打了三次电话", md, StringComparison.Ordinal);
        Assert.Contains("- **Touchpoint** (channel: web, app): Checkout page", md, StringComparison.Ordinal);
        Assert.Contains("- **Evidence** (source: Analytics · validated with customers): 42% drop after day one, \"cohort\" of 1,200 — Alice Chen, 2026-11-20, edited 2 times", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_and_labels_follow_the_language_of_the_link()
    {
        var md = MapMarkdownExporter.Export(ExportSamples.Map(Scope), ExportSamples.Notes(), BotText.SimplifiedChinese, ExportSamples.Start);

        Assert.Contains("- **用户画像：** ", md, StringComparison.Ordinal);
        Assert.Contains("- 3 个阶段 · 3 条泳道 · 10 条笔记", md, StringComparison.Ordinal);
        Assert.Contains("评分 -2", md, StringComparison.Ordinal);
    }

    [Fact]
    public void A_map_without_stages_or_notes_says_so()
    {
        var empty = ExportSamples.Map(Scope) with { Stages = [], Lanes = [] };

        var md = MapMarkdownExporter.Export(empty, [], BotText.English, ExportSamples.Start);

        Assert.Contains("_No stages yet._", md, StringComparison.Ordinal);
        var oneStage = MapMarkdownExporter.Export(ExportSamples.Map(Scope), [], BotText.English, ExportSamples.Start);
        Assert.Contains("## 1. Awareness, “first look”\n\n_No notes at this stage yet._", oneStage, StringComparison.Ordinal);
    }
}
