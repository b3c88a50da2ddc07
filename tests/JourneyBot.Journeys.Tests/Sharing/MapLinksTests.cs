using JourneyBot.Domain.Maps;
using JourneyBot.Journeys.Sharing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace JourneyBot.Journeys.Tests.Sharing;

public sealed class MapLinksTests
{
    private static readonly MapScope Scope = new("tenant-1", "msteams:team:19:abc@thread.tacv2");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_link_names_the_map_and_purpose_under_the_public_address_and_verifies()
    {
        var links = Links();

        var link = links.Create(Scope, "map-7", MapLinkPurpose.View);

        Assert.StartsWith("https://journeybot.test/base/maps/map-7/view?t=", link.AbsoluteUri, StringComparison.Ordinal);
        var grant = links.Verify("map-7", MapLinkPurpose.View, Token(link));
        Assert.Equal(new MapLinkGrant(Scope, "map-7", MapLinkPurpose.View, _time.GetUtcNow().AddDays(7)), grant);
    }

    [Theory]
    [InlineData(MapLinkPurpose.ExportCsv, "export/csv")]
    [InlineData(MapLinkPurpose.ExportMarkdown, "export/markdown")]
    [InlineData(MapLinkPurpose.ExportJson, "export/json")]
    public void Export_links_have_their_own_paths(MapLinkPurpose purpose, string path)
    {
        var link = Links().Create(Scope, "m", purpose);

        Assert.Equal($"/base/maps/m/{path}", link.AbsolutePath);
    }

    [Fact]
    public void A_link_works_until_it_expires_and_not_after()
    {
        var links = Links(lifetime: TimeSpan.FromHours(1));
        var token = Token(links.Create(Scope, "m", MapLinkPurpose.View));

        _time.Advance(TimeSpan.FromMinutes(59));
        Assert.NotNull(links.Verify("m", MapLinkPurpose.View, token));

        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(links.Verify("m", MapLinkPurpose.View, token));
    }

    [Fact]
    public void A_link_is_only_good_for_its_own_map_and_purpose()
    {
        var links = Links();
        var token = Token(links.Create(Scope, "m", MapLinkPurpose.View));

        Assert.Null(links.Verify("other", MapLinkPurpose.View, token));
        Assert.Null(links.Verify("m", MapLinkPurpose.ExportJson, token));
    }

    [Fact]
    public void Another_key_does_not_accept_the_link()
    {
        var token = Token(Links().Create(Scope, "m", MapLinkPurpose.View));

        Assert.Null(Links(key: Convert.ToBase64String(Enumerable.Repeat((byte)7, 32).ToArray())).Verify("m", MapLinkPurpose.View, token));
    }

    [Fact]
    public void Changing_any_character_of_the_token_breaks_it()
    {
        var links = Links();
        var token = Token(links.Create(Scope, "m", MapLinkPurpose.View));

        for (var i = 0; i < token.Length; i++)
        {
            var replacement = token[i] == 'A' ? 'B' : 'A';
            var tampered = string.Concat(token.AsSpan(0, i), replacement.ToString(), token.AsSpan(i + 1));
            Assert.Null(links.Verify("m", MapLinkPurpose.View, tampered));
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("abc")]
    [InlineData("abc.")]
    [InlineData(".abc")]
    [InlineData("!!!.???")]
    [InlineData("e30.e30")]
    public void Malformed_tokens_are_refused_without_throwing(string? token)
    {
        Assert.Null(Links().Verify("m", MapLinkPurpose.View, token));
    }

    [Fact]
    public void A_forged_payload_with_a_guessed_signature_is_refused()
    {
        var links = Links();
        var token = Token(links.Create(Scope, "m", MapLinkPurpose.View));
        var signature = token[(token.IndexOf('.', StringComparison.Ordinal) + 1)..];
        var forged = System.Buffers.Text.Base64Url.EncodeToString(
            """{"V":1,"T":"tenant-2","C":"msteams:team:other","M":"m","P":"View","E":99999999999}"""u8) + "." + signature;

        Assert.Null(links.Verify("m", MapLinkPurpose.View, forged));
    }

    [Fact]
    public void Options_without_key_or_address_fail_validation_naming_the_settings()
    {
        var result = new MapLinkOptionsValidator().Validate(null, new MapLinkOptions());

        Assert.True(result.Failed);
        Assert.Contains("MapLinks:SigningKey", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("MapLinks:PublicBaseUrl", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("c2hvcnQ=")] // "short": 5 bytes
    [InlineData("not base64!")]
    public void A_weak_or_garbled_key_fails_validation(string key)
    {
        var result = new MapLinkOptionsValidator().Validate(null, new MapLinkOptions { SigningKey = key, PublicBaseUrl = new Uri("https://x.test") });

        Assert.True(result.Failed);
        Assert.Contains("at least 32 bytes", result.FailureMessage, StringComparison.Ordinal);
    }

    private static string Token(Uri link) => link.Query["?t=".Length..];

    private MapLinks Links(TimeSpan? lifetime = null, string? key = null) => new(
        Options.Create(new MapLinkOptions
        {
            SigningKey = key ?? Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray()),
            PublicBaseUrl = new Uri("https://journeybot.test/base/"),
            Lifetime = lifetime ?? TimeSpan.FromDays(7),
        }),
        _time);
}
