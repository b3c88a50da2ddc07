using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;
using JourneyBot.Host.Tests.Support;
using JourneyBot.Journeys.Localization;
using JourneyBot.Journeys.Sharing;
using JourneyBot.TestSupport.Azurite;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace JourneyBot.Host.Tests;

/// <summary>
/// GET /maps/{id}/export/{csv|markdown|json}?t=...: the file for a valid link, 403 for any other token,
/// 404 for a map that is gone; always uncached, unsniffed and without a Referer.
/// </summary>
public sealed class MapExportEndpointTests : IAsyncLifetime
{
    private static readonly MapScope Scope = new("tenant-exports", "msteams:conversation:a:exports");
    private static readonly MapScope OtherScope = new("tenant-exports", "msteams:conversation:a:someone-else");
    private static readonly Person Alice = new("29:alice", "Alice Chen");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));
    private WebApplicationFactoryClient _host = null!;

    private IMapLinks Links => _host.Services.GetRequiredService<IMapLinks>();

    public async Task InitializeAsync()
    {
        var factory = new BotHostFactory("Development", new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = await AzuriteServer.GetConnectionStringAsync(),
            ["Storage:TablePrefix"] = TestTablePrefix.Create("exports"),
            ["Bot:AppId"] = string.Empty,
            ["MapLinks:SigningKey"] = Convert.ToBase64String(Enumerable.Range(100, 32).Select(i => (byte)i).ToArray()),
            ["MapLinks:PublicBaseUrl"] = "https://journeybot.test/",
        });
        _host = new WebApplicationFactoryClient(factory, factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_time))));
        await StoreAsync(Map("mapaa", "Checkout “journey”, 旅程"), withNotes: true);
        await StoreAsync(Map("mapbb", "Other"), withNotes: false);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("csv", MapLinkPurpose.ExportCsv, "text/csv; charset=utf-8", ".csv")]
    [InlineData("markdown", MapLinkPurpose.ExportMarkdown, "text/markdown; charset=utf-8", ".md")]
    [InlineData("json", MapLinkPurpose.ExportJson, "application/json", ".json")]
    public async Task A_valid_link_downloads_the_file_with_safe_headers(string format, MapLinkPurpose purpose, string contentType, string extension)
    {
        var link = Links.Create(Scope, "mapaa", purpose);
        Assert.EndsWith($"/maps/mapaa/export/{format}", link.AbsolutePath, StringComparison.Ordinal);

        using var response = await _host.Client.GetAsync(PathAndQuery(link));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.ToString());
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal($"Checkout _journey{extension}", disposition.FileName!.Trim('"'));
        Assert.Equal($"Checkout “journey”_ 旅程{extension}", disposition.FileNameStar);
        AssertSafeHeaders(response);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.NotEmpty(body);
    }

    [Fact]
    public async Task The_csv_starts_with_a_byte_order_mark_and_the_json_is_the_versioned_document()
    {
        var csv = await _host.Client.GetByteArrayAsync(PathAndQuery(Links.Create(Scope, "mapaa", MapLinkPurpose.ExportCsv)));
        var json = JsonNode.Parse(await _host.Client.GetStringAsync(PathAndQuery(Links.Create(Scope, "mapaa", MapLinkPurpose.ExportJson))))!;

        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        Assert.StartsWith("note_id,kind,stage_position,stage,lane_position,lane,", Encoding.UTF8.GetString(csv, 3, csv.Length - 3), StringComparison.Ordinal);
        Assert.Equal(("journeybot-map", 1, "mapaa"), ((string)json["format"]!, (int)json["version"]!, (string)json["map"]!["id"]!));
        Assert.Equal("Card declined, \"twice\"", (string)json["notes"]![0]!["text"]!);
    }

    [Fact]
    public async Task The_markdown_follows_the_language_of_the_link()
    {
        var link = Links.Create(Scope, "mapaa", MapLinkPurpose.ExportMarkdown);

        var chinese = await _host.Client.GetStringAsync(PathAndQuery(link) + "&lang=zh-Hans");
        var english = await _host.Client.GetStringAsync(PathAndQuery(link));

        Assert.Contains("1 个阶段 · 1 条泳道 · 1 条笔记", chinese, StringComparison.Ordinal);
        Assert.Contains("1 stages · 1 lanes · 1 notes", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_csv_header_row_follows_the_language_of_the_link()
    {
        var link = PathAndQuery(Links.Create(Scope, "mapaa", MapLinkPurpose.ExportCsv));

        var chinese = await _host.Client.GetByteArrayAsync(link + "&lang=zh-Hans");
        var english = await _host.Client.GetByteArrayAsync(link);

        var chineseHeader = Encoding.UTF8.GetString(chinese, 3, chinese.Length - 3).Split("\r\n")[0];
        var englishHeader = Encoding.UTF8.GetString(english, 3, english.Length - 3).Split("\r\n")[0];
        Assert.Equal(BotText.Get(BotText.SimplifiedChinese, "ExportCsvHeader").Replace('|', ','), chineseHeader);
        Assert.StartsWith("note_id,kind,stage_position,stage,", englishHeader, StringComparison.Ordinal);
    }

    public static TheoryData<string, Func<IMapLinks, string>> RefusedLinks => new()
    {
        { "no token", _ => "/maps/mapaa/export/csv" },
        { "empty token", _ => "/maps/mapaa/export/csv?t=" },
        { "garbage", _ => "/maps/mapaa/export/csv?t=not-a-token" },
        { "tampered signature", l => Tampered(l.Create(Scope, "mapaa", MapLinkPurpose.ExportCsv), signature: true) },
        { "tampered payload", l => Tampered(l.Create(Scope, "mapaa", MapLinkPurpose.ExportCsv), signature: false) },
        { "another map's token", l => PathAndQuery(l.Create(Scope, "mapbb", MapLinkPurpose.ExportCsv)).Replace("/mapbb/", "/mapaa/", StringComparison.Ordinal) },
        { "another format's token", l => PathAndQuery(l.Create(Scope, "mapaa", MapLinkPurpose.ExportJson)).Replace("/json?", "/csv?", StringComparison.Ordinal) },
        { "the map page's token", l => PathAndQuery(l.Create(Scope, "mapaa", MapLinkPurpose.View)).Replace("/view?", "/export/csv?", StringComparison.Ordinal) },
    };

    [Theory]
    [MemberData(nameof(RefusedLinks))]
    public async Task Any_other_token_gets_403(string scenario, Func<IMapLinks, string> link)
    {
        using var response = await _host.Client.GetAsync(link(Links));

        Assert.True(HttpStatusCode.Forbidden == response.StatusCode, $"{scenario}: {response.StatusCode}");
        Assert.Null(response.Content.Headers.ContentDisposition);
        AssertSafeHeaders(response);
    }

    [Fact]
    public async Task An_expired_link_gets_403()
    {
        var link = PathAndQuery(Links.Create(Scope, "mapaa", MapLinkPurpose.ExportCsv));
        _time.Advance(TimeSpan.FromDays(7));

        using var response = await _host.Client.GetAsync(link);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_deleted_or_missing_map_gets_404()
    {
        var map = Map("mapdd", "To delete");
        await StoreAsync(map, withNotes: true);
        var link = PathAndQuery(Links.Create(Scope, "mapdd", MapLinkPurpose.ExportJson));
        Assert.Equal(HttpStatusCode.OK, (await _host.Client.GetAsync(link)).StatusCode);

        await _host.Services.GetRequiredService<IMapRepository>().UpdateAsync(Scope, "mapdd", m => m.Delete(Alice, _time.GetUtcNow()), CancellationToken.None);
        using var deleted = await _host.Client.GetAsync(link);
        using var missing = await _host.Client.GetAsync(PathAndQuery(Links.Create(Scope, "nomap", MapLinkPurpose.ExportJson)));
        using var otherScope = await _host.Client.GetAsync(PathAndQuery(Links.Create(OtherScope, "mapaa", MapLinkPurpose.ExportJson)));

        Assert.Equal(HttpStatusCode.NotFound, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherScope.StatusCode);
        AssertSafeHeaders(deleted);
    }

    [Fact]
    public async Task An_unknown_format_gets_404()
    {
        var token = Links.Create(Scope, "mapaa", MapLinkPurpose.ExportCsv).Query;

        using var response = await _host.Client.GetAsync($"/maps/mapaa/export/pdf{token}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static void AssertSafeHeaders(HttpResponseMessage response)
    {
        Assert.True(response.Headers.CacheControl?.NoStore, "Cache-Control: no-store");
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    private static string PathAndQuery(Uri link) => link.PathAndQuery;

    /// <summary>The link with one character of the token's payload or signature changed.</summary>
    private static string Tampered(Uri link, bool signature)
    {
        var path = link.PathAndQuery;
        var at = signature ? path.Length - 3 : path.IndexOf("?t=", StringComparison.Ordinal) + 6;
        var replacement = path[at] == 'A' ? 'B' : 'A';
        return path[..at] + replacement + path[(at + 1)..];
    }

    private JourneyMap Map(string id, string name) => new()
    {
        Id = id,
        Scope = Scope,
        Name = name,
        Persona = "Small-business buyer",
        Goal = "Why do trials not convert?",
        Template = MapTemplate.CustomerJourney,
        Stages = [new Stage("s1", "Purchase")],
        Lanes = [new Lane("l1", "Customer", LaneKind.Customer)],
        CreatedBy = Alice,
        CreatedAt = _time.GetUtcNow(),
        UpdatedAt = _time.GetUtcNow(),
    };

    private async Task StoreAsync(JourneyMap map, bool withNotes)
    {
        await _host.Services.GetRequiredService<IMapRepository>().CreateAsync(map, CancellationToken.None);
        if (withNotes)
        {
            var note = new Note
            {
                MapId = map.Id,
                Id = "n001",
                Kind = NoteKind.RedFlag,
                StageId = "s1",
                LaneId = "l1",
                Text = "Card declined, \"twice\"",
                Author = Alice,
                CreatedAt = _time.GetUtcNow(),
            };
            await _host.Services.GetRequiredService<INoteRepository>().AddAsync(Scope, note, CancellationToken.None);
        }
    }

    /// <summary>The host (with the test's clock) and its client, disposed together.</summary>
    private sealed class WebApplicationFactoryClient(BotHostFactory parent, Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory) : IAsyncDisposable
    {
        public HttpClient Client { get; } = factory.CreateClient();

        public IServiceProvider Services => factory.Services;

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();

            // Disposing the parent disposes the factories derived from it.
            await parent.DisposeAsync();
        }
    }
}
