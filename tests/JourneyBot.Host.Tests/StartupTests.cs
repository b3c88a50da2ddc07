using JourneyBot.Host.Tests.Support;
using JourneyBot.TestSupport.Azurite;
using JourneyBot.TestSupport.Processes;
using JourneyBot.Domain.Maps;
using JourneyBot.Journeys.Sharing;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Host.Tests;

public sealed class StartupTests
{
    // Refusing to start is checked on the real process: WebApplicationFactory sometimes reports a host that
    // failed to start as "Cannot access a disposed object" instead of the reason.
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task Without_an_app_id_the_bot_refuses_to_start_outside_development(string environment)
    {
        var (exitCode, output) = await RunUntilExitAsync(environment, await SettingsAsync());

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Bot:AppId", output, StringComparison.Ordinal);
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

        var (exitCode, output) = await RunUntilExitAsync("Production", settings);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("MapLinks:SigningKey", output, StringComparison.Ordinal);
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

    /// <summary>Runs the built bot (JourneyBot.dll, next to the tests) with the settings as environment variables until it exits.</summary>
    private static async Task<(int ExitCode, string Output)> RunUntilExitAsync(string environment, Dictionary<string, string?> settings)
    {
        var variables = settings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value);
        variables["ASPNETCORE_ENVIRONMENT"] = environment;
        variables["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        variables["DOTNET_NOLOGO"] = "1";
        await using var bot = ChildProcess.Start(new ChildProcessOptions("bot", "dotnet", [Path.Combine(AppContext.BaseDirectory, "JourneyBot.dll")])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            Environment = variables,
        });
        try
        {
            await bot.Exited.WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException)
        {
            Assert.Fail($"The bot kept running instead of refusing to start.\n{bot.Describe()}");
        }

        await bot.StopAsync(TimeSpan.FromSeconds(5), CancellationToken.None);
        return (bot.ExitCode!.Value, string.Join('\n', bot.Output.Snapshot()));
    }

    private static async Task<Dictionary<string, string?>> SettingsAsync() => new()
    {
        ["Bot:AppId"] = string.Empty,
        ["Storage:ConnectionString"] = await AzuriteServer.GetConnectionStringAsync(),
        ["Storage:TablePrefix"] = TestTablePrefix.Create("startup"),
    };
}
