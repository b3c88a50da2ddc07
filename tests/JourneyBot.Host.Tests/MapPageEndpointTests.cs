using System.Buffers.Text;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using JourneyBot.Domain.Maps;
using JourneyBot.Host.Tests.Support;
using JourneyBot.Journeys.Localization;
using JourneyBot.Journeys.Sharing;
using JourneyBot.TestSupport.Maps;

namespace JourneyBot.Host.Tests;

/// <summary>GET /maps/{id}/view with signed links: the page for a valid one, 403 for any other, 404 once the map is deleted.</summary>
public sealed class MapPageEndpointTests(MapPageHost host) : IClassFixture<MapPageHost>, IAsyncLifetime
{
    private SampleMap _map = null!;

    public async Task InitializeAsync()
    {
        _map = await host.StoreAsync(SampleMaps.EquipmentRepair(host.Scope, "m" + Guid.NewGuid().ToString("N")[..8]));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_valid_link_shows_the_map_with_its_stages_lanes_and_notes()
    {
        using var response = await host.Client.GetAsync(host.ViewPath(_map.Map.Id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        AssertProtectiveHeaders(response);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1 dir=\"auto\">Equipment repair request</h1>", html, StringComparison.Ordinal);
        Assert.All(_map.Map.Stages, s => Assert.Contains($"<title>{s.Name}</title>", html, StringComparison.Ordinal));
        Assert.All(_map.Map.Lanes, l => Assert.Contains($"<title>{l.Name}</title>", html, StringComparison.Ordinal));
        Assert.Equal(50, Occurrences(html, "<g class=\"card "));
        Assert.Contains("Emotion curve", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN,zh;q=0.9,en;q=0.8", "zh-Hans", "情绪曲线")]
    [InlineData("en-GB,zh;q=0.5", "en", "Emotion curve")]
    [InlineData("fr-FR;q=0.9, zh-TW;q=0.95", "zh-Hans", "情绪曲线")]
    [InlineData("de", "en", "Emotion curve")]
    public async Task The_page_speaks_the_readers_preferred_language(string acceptLanguage, string lang, string text)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, host.ViewPath(_map.Map.Id));
        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);

        using var response = await host.Client.SendAsync(request);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"<html lang=\"{lang}\">", html, StringComparison.Ordinal);
        Assert.Contains(text, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-Hans", "en-GB,en;q=0.9", "zh-Hans")]
    [InlineData("zh-CN", "", "zh-Hans")]
    [InlineData("en", "zh-CN,zh;q=0.9", "en")]
    public async Task The_links_language_wins_over_the_browsers(string linkLanguage, string acceptLanguage, string lang)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, host.ViewPath(_map.Map.Id) + "&lang=" + linkLanguage);
        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);

        using var response = await host.Client.SendAsync(request);

        var html = await response.Content.ReadAsStringAsync();
        var culture = System.Globalization.CultureInfo.GetCultureInfo(lang);
        Assert.Contains($"<html lang=\"{lang}\">", html, StringComparison.Ordinal);
        foreach (var key in new[] { "MapPageEmotionCurve", "MapPageLegend", "MapCardPersona", "MapCardGoal" })
        {
            Assert.Contains(BotText.Get(culture, key), html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_refused_chinese_link_says_so_in_chinese()
    {
        using var response = await host.Client.GetAsync($"/maps/{_map.Map.Id}/view?t=not-a-token&lang=zh-Hans");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(BotText.Get(BotText.SimplifiedChinese, "MapPageLinkRefusedTitle"), await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public static TheoryData<string, Func<MapPageHost, string, string>> RefusedLinks => new()
    {
        { "no token", (h, id) => $"/maps/{id}/view" },
        { "empty token", (h, id) => $"/maps/{id}/view?t=" },
        { "garbage", (h, id) => $"/maps/{id}/view?t=not-a-token" },
        { "signature changed", (h, id) => WithToken(h.ViewPath(id), t => t[..^2] + (t[^2] == 'A' ? "B" : "A") + t[^1]) },
        { "expiry extended", (h, id) => WithToken(h.ViewPath(id), t => Resign(t, payload => payload["E"] = payload["E"]!.GetValue<long>() + 86_400)) },
        { "made for another map", (h, id) => $"/maps/{id}/view?t={Token(h.ViewPath("some-other-map"))}" },
        { "map id swapped in the payload", (h, id) => WithToken(h.ViewPath("some-other-map"), t => Resign(t, payload => payload["M"] = id)) },
        { "an export link", (h, id) => $"/maps/{id}/view?t={Token(h.ViewPath(id, MapLinkPurpose.ExportJson))}" },
        { "another key", (h, id) => $"/maps/{id}/view?t={Token(OtherKeyLink(h, id))}" },
    };

    [Theory]
    [MemberData(nameof(RefusedLinks))]
    public async Task Any_other_link_gets_403_and_the_same_page_whether_or_not_the_map_exists(string scenario, Func<MapPageHost, string, string> link)
    {
        using var refused = await host.Client.GetAsync(link(host, _map.Map.Id));
        using var refusedForNoMap = await host.Client.GetAsync(link(host, "no-such-map"));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refusedForNoMap.StatusCode);
        AssertProtectiveHeaders(refused);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("This link does not work", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Equipment repair request", page, StringComparison.Ordinal);
        Assert.Equal(page, await refusedForNoMap.Content.ReadAsStringAsync());
        Assert.NotNull(scenario);
    }

    [Fact]
    public async Task A_link_works_until_it_expires_and_then_gets_403()
    {
        var path = host.ViewPath(_map.Map.Id);

        host.Time.Advance(MapPageHost.LinkLifetime - TimeSpan.FromMinutes(1));
        using var before = await host.Client.GetAsync(path);
        host.Time.Advance(TimeSpan.FromMinutes(1));
        using var after = await host.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, after.StatusCode);
    }

    [Fact]
    public async Task A_link_to_a_deleted_map_gets_404()
    {
        var path = host.ViewPath(_map.Map.Id);
        await host.Maps.UpdateAsync(host.Scope, _map.Map.Id, m => m.Delete(new Person("29:ana", "Ana"), host.Time.GetUtcNow()), CancellationToken.None);

        using var response = await host.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        AssertProtectiveHeaders(response);
        Assert.Contains("Map not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_link_to_a_map_that_was_never_stored_gets_404()
    {
        using var response = await host.Client.GetAsync(host.ViewPath("never-stored"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static void AssertProtectiveHeaders(HttpResponseMessage response)
    {
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.StartsWith("default-src 'none'; style-src 'unsafe-inline'; img-src data:", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", policy, StringComparison.Ordinal);
    }

    private static int Occurrences(string text, string part) => text.Split(part).Length - 1;

    private static string Token(string pathAndQuery) => pathAndQuery[(pathAndQuery.IndexOf("?t=", StringComparison.Ordinal) + 3)..];

    private static string WithToken(string pathAndQuery, Func<string, string> change) =>
        pathAndQuery[..(pathAndQuery.IndexOf("?t=", StringComparison.Ordinal) + 3)] + change(Token(pathAndQuery));

    /// <summary>Changes the token's payload and keeps the old signature, as someone without the key would have to.</summary>
    private static string Resign(string token, Action<JsonObject> change)
    {
        var parts = token.Split('.');
        var payload = JsonNode.Parse(Base64Url.DecodeFromChars(parts[0]))!.AsObject();
        change(payload);
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload.ToJsonString())) + "." + parts[1];
    }

    private static string OtherKeyLink(MapPageHost host, string mapId)
    {
        var other = new JsonObject { ["V"] = 1, ["T"] = host.Scope.TenantId, ["C"] = host.Scope.Container, ["M"] = mapId, ["P"] = "View", ["E"] = host.Time.GetUtcNow().AddHours(1).ToUnixTimeSeconds() };
        var payload = Encoding.UTF8.GetBytes(other.ToJsonString());
        var signature = System.Security.Cryptography.HMACSHA256.HashData(new byte[32], payload);
        return $"/maps/{mapId}/view?t={Base64Url.EncodeToString(payload)}.{Base64Url.EncodeToString(signature)}";
    }
}
