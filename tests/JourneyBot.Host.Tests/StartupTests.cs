using JourneyBot.Host.Tests.Support;
using JourneyBot.TestSupport.Azurite;
using JourneyBot.Domain.Maps;
using JourneyBot.Journeys.Sharing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JourneyBot.Host.Tests;

public sealed class StartupTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task Without_an_app_id_the_bot_refuses_to_start_outside_development(string environment)
    {
        await using var host = new BotHostFactory(environment, await SettingsAsync());

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("Bot:AppId", (error as OptionsValidationException ?? error.InnerException ?? error).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_app_id_the_bot_starts_anonymously_in_development()
    {
        await using var host = new BotHostFactory("Development", await SettingsAsync());

        using var client = host.CreateClient();

        Assert.True((await client.GetAsync("/healthz")).IsSuccessStatusCode);
    }

    [Fact]
    public async Task Without_a_link_signing_key_the_bot_refuses_to_start_outside_development()
    {
        var settings = await SettingsAsync();
        settings["Bot:AppId"] = "11111111-aaaa-bbbb-cccc-000000000001";
        settings["Bot:TenantId"] = "22222222-aaaa-bbbb-cccc-000000000002";
        settings["Bot:ClientSecret"] = "not-a-real-secret";
        settings["MapLinks:PublicBaseUrl"] = "https://journeybot.test/";
        await using var host = new BotHostFactory("Production", settings);

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("MapLinks:SigningKey", (error as OptionsValidationException ?? error.InnerException ?? error).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_development_links_work_without_a_configured_key()
    {
        await using var host = new BotHostFactory("Development", await SettingsAsync());
        using var client = host.CreateClient();

        var links = host.Services.GetRequiredService<IMapLinks>();
        var scope = new MapScope("tenant", "msteams:conversation:a");
        var link = links.Create(scope, "m1", MapLinkPurpose.View);

        Assert.StartsWith("http://localhost:3978/maps/m1/view?t=", link.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal(scope, links.Verify("m1", MapLinkPurpose.View, link.Query["?t=".Length..])?.Scope);
    }

    private static async Task<Dictionary<string, string?>> SettingsAsync() => new()
    {
        ["Bot:AppId"] = string.Empty,
        ["Storage:ConnectionString"] = await AzuriteServer.GetConnectionStringAsync(),
        ["Storage:TablePrefix"] = TestTablePrefix.Create("startup"),
    };
}
