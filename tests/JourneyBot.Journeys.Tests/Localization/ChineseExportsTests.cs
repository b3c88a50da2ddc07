using JourneyBot.Domain.Maps;
using JourneyBot.Journeys.Exports;
using JourneyBot.Journeys.Localization;
using JourneyBot.Journeys.Tests.Exports;
using JourneyBot.TestSupport.Transcripts;

namespace JourneyBot.Journeys.Tests.Localization;

/// <summary>
/// Exports speak the language of their link: the CSV header row and the Markdown headings come from the resources.
/// English CSV keeps the stable column identifiers scripts read; the cells are the same in every language.
/// </summary>
public sealed class ChineseExportsTests
{
    private static readonly MapScope Scope = new("tenant-1", "msteams:conversation:a:lang");

    [Fact]
    public void English_csv_header_is_the_stable_column_identifiers()
    {
        var rows = CsvReader.Read(MapCsvExporter.ExportText(ExportSamples.Map(Scope), ExportSamples.Notes(), BotText.English));

        Assert.Equal(MapCsvExporter.Columns, rows[0]);
        Assert.Equal(MapCsvExporter.Columns, MapCsvExporter.Header(BotText.English));
    }

    [Fact]
    public void Chinese_csv_has_a_chinese_header_row_over_the_same_cells()
    {
        var english = CsvReader.Read(MapCsvExporter.ExportText(ExportSamples.Map(Scope), ExportSamples.Notes(), BotText.English));
        var chinese = CsvReader.Read(MapCsvExporter.ExportText(ExportSamples.Map(Scope), ExportSamples.Notes(), BotText.SimplifiedChinese));

        Assert.Equal(BotText.Get(BotText.SimplifiedChinese, TextKeys.ExportCsvHeader).Split('|'), chinese[0]);
        Assert.Equal(MapCsvExporter.Columns.Count, chinese[0].Count);
        Assert.Equal(chinese[0].Count, chinese[0].Distinct(StringComparer.Ordinal).Count());
        Assert.All(chinese[0], name => Assert.Empty(ShownText.EnglishWords(name, new HashSet<string>(StringComparer.Ordinal) { "UTC" })));
        Assert.Equal(english.Skip(1), chinese.Skip(1));
    }

    [Fact]
    public void Chinese_markdown_headings_come_from_the_chinese_resources()
    {
        var md = MapMarkdownExporter.Export(ExportSamples.Map(Scope), ExportSamples.Notes(), BotText.SimplifiedChinese, ExportSamples.Start);

        Assert.Contains(BotText.Get(BotText.SimplifiedChinese, TextKeys.MapCardPersona), md, StringComparison.Ordinal);
        Assert.Contains(BotText.Get(BotText.SimplifiedChinese, TextKeys.ExportMdFacilitators), md, StringComparison.Ordinal);
        Assert.DoesNotContain(BotText.Get(BotText.English, TextKeys.MapCardPersona), md, StringComparison.Ordinal);
        Assert.DoesNotContain(BotText.Get(BotText.English, TextKeys.ExportMdFacilitators), md, StringComparison.Ordinal);
    }
}
