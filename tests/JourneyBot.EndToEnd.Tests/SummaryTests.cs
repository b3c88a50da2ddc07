using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using JourneyBot.EndToEnd.Tests.Harness;

namespace JourneyBot.EndToEnd.Tests;

// What a manager does once notes are in: the summary card, one stage's detail from a tap on its row,
// the map page behind the card's link, and a CSV export, all through the real Playground.
[Collection(PlaygroundCollection.Name)]
public sealed partial class SummaryTests(JourneyBotEndToEndFixture fixture)
{
    [Fact]
    public async Task A_manager_reads_the_summary_opens_a_stage_and_the_map_page_and_downloads_the_csv()
    {
        var chat = fixture.OpenPersonalChat();
        await chat.SendAsync("new map");
        await chat.SendAsync("Broadband sign-up");
        await chat.SendAsync("Household moving into a new flat");
        await chat.SendAsync("Why do new customers call support in week one?");
        await chat.SendAsync("service blueprint");
        await chat.SendAsync("red flag Purchase/Backstage: Credit check runs twice");
        await chat.SendAsync("green flag Purchase: Price is clear on one page");
        await chat.SendAsync("emotion Purchase -1 waiting for the credit check");
        await chat.SendAsync("emotion Use +2 the router just works");

        var summary = await chat.SendAsync("summary");

        summary.ExpectCardShowingInOrder("Broadband sign-up", "Purchase", "Use", "What works well", "Price is clear on one page", "What doesn't work", "Credit check runs twice");
        var pageUrl = OpenUrlOf(summary);

        var stage = await chat.ClickAsync(summary, data => (string?)data["command"] == "summary Purchase");
        stage.ExpectCardShowingInOrder("Purchase", "Credit check runs twice");
        Assert.DoesNotContain(stage.CardTextBlocks, t => t.Contains("the router just works", StringComparison.Ordinal));

        using var http = new HttpClient();
        var page = await http.GetAsync(pageUrl);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Broadband sign-up", html, StringComparison.Ordinal);
        Assert.Contains("Credit check runs twice", html, StringComparison.Ordinal);
        Assert.EndsWith("&lang=en", pageUrl.AbsoluteUri, StringComparison.Ordinal);   // the page in the asker's language
        var token = pageUrl.Query.Split('&')[0]["?t=".Length..];
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync(pageUrl.AbsoluteUri.Replace(token, token[..^2] + "xx", StringComparison.Ordinal))).StatusCode);

        var export = await chat.SendAsync("export csv");
        var csvUrl = new Uri(DownloadLink().Match(export.Text).Groups["url"].Value);
        var csv = await http.GetStringAsync(csvUrl);
        Assert.Contains("Credit check runs twice", csv, StringComparison.Ordinal);
        Assert.Contains("the router just works", csv, StringComparison.Ordinal);
    }

    private static Uri OpenUrlOf(BotReply reply)
    {
        var action = reply.Messages.SelectMany(m => m.CardActions).First(a => (string?)a["type"] == "Action.OpenUrl");
        return new Uri((string)action["url"]!);
    }

    [GeneratedRegex(@"\((?<url>http://127\.0\.0\.1:\d+/maps/[^)\s]+/export/csv\?[^)\s]+)\)")]
    private static partial Regex DownloadLink();
}
