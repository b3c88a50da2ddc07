using JourneyBot.Host.Tests.Support;
using JourneyBot.TestSupport.Azurite;
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

    private static async Task<Dictionary<string, string?>> SettingsAsync() => new()
    {
        ["Bot:AppId"] = string.Empty,
        ["Storage:ConnectionString"] = await AzuriteServer.GetConnectionStringAsync(),
        ["Storage:TablePrefix"] = TestTablePrefix.Create("startup"),
    };
}
