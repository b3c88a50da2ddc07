using System.Text;
using JourneyBot.Domain.Maps;
using JourneyBot.Journeys.Exports;

namespace JourneyBot.Journeys.Tests.Exports;

public sealed class MapCsvExporterTests
{
    private static readonly MapScope Scope = new("tenant-1", "msteams:conversation:a:csv");

    [Fact]
    public void The_file_is_utf8_with_a_byte_order_mark_and_one_rfc4180_row_per_live_note()
    {
        var bytes = MapCsvExporter.Export(ExportSamples.Map(Scope), ExportSamples.Notes());

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = CsvReader.Read(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        Assert.Equal(MapCsvExporter.Columns, rows[0]);
        Assert.Equal(11, rows.Count);
        Assert.All(rows, r => Assert.Equal(18, r.Count));
        Assert.DoesNotContain(rows, r => r.Any(f => f.Contains(ExportSamples.DeletedText, StringComparison.Ordinal)));
    }

    [Fact]
    public void Rows_follow_the_stages_then_the_lanes_then_time_with_names_and_positions()
    {
        var rows = Rows();

        Assert.Equal(
            ["ac01", "gf05", "tp02", "pp03", "ho09", "rf06", "em04", "qu07", "ev10", "op08"],
            rows.Skip(1).Select(r => r[0]));
        var handoff = Row(rows, "ho09");
        Assert.Equal(("2", "购买 🛒", "2", "Front=stage", "Backstage"), (handoff[2], handoff[3], handoff[4], handoff[5], handoff[6]));
        Assert.Equal("handoff", handoff[1]);
    }

    [Fact]
    public void Commas_quotes_newlines_cjk_and_emoji_survive_a_strict_reader()
    {
        var rows = Rows();

        Assert.Equal("Sees the ad, then \"compares\" plans, prices\nand 📱 reviews", Row(rows, "ac01")[7]);
        Assert.Equal("我打了三次电话", Row(rows, "qu07")[7]);
        Assert.Equal("Ana, customer", Row(rows, "qu07")[13]);
        Assert.Equal("web, app", Row(rows, "tp02")[12]);
        Assert.Equal("Awareness, “first look”", Row(rows, "ac01")[3]);
    }

    [Fact]
    public void Every_field_is_written_in_its_documented_form()
    {
        var rows = Rows();

        var evidence = Row(rows, "ev10");
        Assert.Equal(
            ["ev10", "evidence", "3", "Use", "1", "Customer", "", "42% drop after day one, \"cohort\" of 1,200", "Alice Chen",
             "2026-11-20T09:10:00Z", "2026-11-20T09:21:00Z", "", "", "", "analytics", "true", "", "2"],
            evidence);
        var emotion = Row(rows, "em04");
        Assert.Equal(("-2", "", "0"), (emotion[11], emotion[10], emotion[17]));
        Assert.Equal("assessment", Row(rows, "pp03")[16]);
    }

    [Fact]
    public void Text_that_a_spreadsheet_would_run_as_a_formula_gets_a_leading_quote()
    {
        var rows = Rows();

        Assert.Equal("'=HYPERLINK(\"http://evil.example\",\"click\")", Row(rows, "pp03")[7]);
        Assert.Equal("'-2 setup takes a day", Row(rows, "em04")[7]);
        Assert.Equal("'+ friendly agent", Row(rows, "gf05")[7]);
        Assert.Equal("'@SUM(1+1) card declined ❌", Row(rows, "rf06")[7]);

        // Numbers the bot writes itself stay numbers.
        Assert.Equal("-2", Row(rows, "em04")[11]);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "'\rcmd")]
    [InlineData("a=1", "a=1")]
    [InlineData(" =1", " =1")]
    [InlineData("", "")]
    public void The_formula_guard_looks_at_the_first_character(string text, string expected)
    {
        Assert.Equal(expected, MapCsvExporter.Text(text));
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\rhere", "\"cr\rhere\"")]
    [InlineData("'=1", "'=1")]
    public void Fields_are_quoted_only_when_rfc4180_requires_it(string field, string expected)
    {
        Assert.Equal(expected, MapCsvExporter.Quote(field));
    }

    private static List<List<string>> Rows() =>
        CsvReader.Read(MapCsvExporter.ExportText(ExportSamples.Map(Scope), ExportSamples.Notes()));

    private static List<string> Row(List<List<string>> rows, string noteId) => rows.Single(r => r[0] == noteId);
}
