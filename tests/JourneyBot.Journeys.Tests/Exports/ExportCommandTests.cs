using System.Text;
using JourneyBot.Journeys.Exports;
using JourneyBot.Journeys.Sharing;
using JourneyBot.Journeys.Tests.Support;
using JourneyBot.TestSupport.Transcripts;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Journeys.Tests.Exports;

public sealed class ExportCommandTests(JourneyBotTestHost host) : IClassFixture<JourneyBotTestHost>
{
    [Fact]
    public async Task Help_lists_export_and_import_in_both_languages()
    {
        (await host.Personal().SendAsync("help")).ShouldSay("export csv|markdown|json").ShouldSay("Send a JSON export");
        var chinese = host.Personal();
        chinese.Locale = "zh-CN";
        (await chinese.SendAsync("帮助")).ShouldSay("导出 csv|markdown|json").ShouldSay("发送一个 JSON 导出文件");
    }

    [Fact]
    public async Task Export_csv_answers_with_a_signed_link_that_opens_the_current_maps_csv_for_a_week()
    {
        var chat = host.Personal();
        var map = await ExportTestData.StoreSampleMapAsync(host.Services, chat);

        var replies = await chat.SendAsync("export csv");

        replies.ShouldSay($"Download **{map.Name}** as CSV (spreadsheet): [download link](https://journeybot.test/maps/{map.Id}/export/csv?t=").ShouldSay("The link works until 27 Nov 2026, 09:00 (UTC time)");
        var (link, grant) = ExportTestData.LinkIn(host.Services, replies, ExportFormat.Csv);
        Assert.Equal($"https://journeybot.test/maps/{map.Id}/export/csv", link.GetLeftPart(UriPartial.Path));
        Assert.Equal((map.Scope, map.Id), (grant.Scope, grant.MapId));
        Assert.Equal(host.Time.GetUtcNow().AddDays(7), grant.ExpiresAt);
        Assert.Contains("lang=en", link.Query, StringComparison.Ordinal);

        // The token is good for this map's CSV only.
        var token = link.Query.Split('&')[0][3..];
        var links = host.Services.GetRequiredService<IMapLinks>();
        Assert.Null(links.Verify(map.Id, MapLinkPurpose.ExportJson, token));
        Assert.Null(links.Verify(map.Id, MapLinkPurpose.View, token));
        Assert.Null(links.Verify("zzzzz", MapLinkPurpose.ExportCsv, token));

        var file = await ExportTestData.OpenAsync(host.Services, grant, ExportFormat.Csv);
        Assert.Equal("text/csv; charset=utf-8", file.ContentType);
        Assert.Contains("42% drop after day one", Encoding.UTF8.GetString(file.Content), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("export markdown", ExportFormat.Markdown, "Markdown document")]
    [InlineData("EXPORT md", ExportFormat.Markdown, "Markdown document")]
    [InlineData("export json", ExportFormat.Json, "JSON (a full copy for **import**)")]
    [InlineData("download spreadsheet", ExportFormat.Csv, "CSV (spreadsheet)")]
    public async Task Each_format_has_its_own_link(string command, ExportFormat format, string named)
    {
        var chat = host.Personal();
        await ExportTestData.StoreSampleMapAsync(host.Services, chat);

        var replies = await chat.SendAsync(command);

        replies.ShouldSay(named);
        var (_, grant) = ExportTestData.LinkIn(host.Services, replies, format);
        Assert.Equal(ExportFormats.ContentType(format), (await ExportTestData.OpenAsync(host.Services, grant, format)).ContentType);
    }

    [Fact]
    public async Task Chinese_words_export_and_the_reply_and_markdown_are_in_chinese()
    {
        var chat = host.Personal();
        chat.Locale = "zh-CN";
        await ExportTestData.StoreSampleMapAsync(host.Services, chat);

        var csv = await chat.SendAsync("导出 表格");
        var markdown = await chat.SendAsync("导出markdown");

        csv.ShouldSay("格式：CSV（表格）：[下载链接](https://journeybot.test/maps/").ShouldSay("此链接在 2026年11月27日 09:00（UTC 时间）之前有效");
        ExportTestData.LinkIn(host.Services, csv, ExportFormat.Csv);
        var (link, _) = ExportTestData.LinkIn(host.Services, markdown, ExportFormat.Markdown);
        Assert.EndsWith("&lang=zh-Hans", link.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_without_a_known_format_lists_the_formats()
    {
        var chat = host.Personal();
        await ExportTestData.StoreSampleMapAsync(host.Services, chat);

        (await chat.SendAsync("export")).ShouldSay("Which format? Type **export csv**").ShouldNotSay("https://");
        (await chat.SendAsync("export pdf")).ShouldSay("I can't export as “pdf”. Type **export csv**, **export markdown** or **export json**.");
    }

    [Fact]
    public async Task Export_without_a_map_says_how_to_make_one()
    {
        var chat = host.Personal();

        (await chat.SendAsync("export csv")).ShouldNotSay("https://").ShouldSay("new map");
    }
}
