using JourneyBot.TestSupport.Azurite;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using JourneyBot.TestSupport.Connector;
using JourneyBot.TestSupport.Reliability;

namespace JourneyBot.Host.Tests.Support;

/// <summary>
/// The real host in-process for reliability scenarios: a fake connector, Table Storage (the shared Azurite, or a
/// dedicated persistent one that tests stop and start), and settings that make faults quick to observe
/// (connector attempts time out after 1 s; rate limits and the reminder service off).
/// </summary>
public sealed class ReliabilityHost : IAsyncDisposable
{
    private ReliabilityHost(FakeConnectorServer connector, BotHostFactory host, HttpClient client, string storage, string prefix, AzuriteInstance? azurite)
    {
        Connector = connector;
        Host = host;
        Azurite = azurite;
        Target = new ReliabilityTarget(client, connector, storage, prefix, Storage: azurite);
    }

    public FakeConnectorServer Connector { get; }

    public BotHostFactory Host { get; }

    /// <summary>The dedicated Azurite, when the host was started with one.</summary>
    public AzuriteInstance? Azurite { get; }

    public ReliabilityTarget Target { get; }

    /// <summary>Starts the host; with <paramref name="dedicatedStorage"/> on an Azurite of its own that keeps its data across a stop.</summary>
    public static async Task<ReliabilityHost> StartAsync(string hint, bool dedicatedStorage, IReadOnlyDictionary<string, string?>? extra = null, LogEventCounter? events = null)
    {
        var azurite = dedicatedStorage ? await AzuriteInstance.StartAsync(port: null, persistent: true) : null;
        var storage = azurite?.ConnectionString ?? await AzuriteServer.GetConnectionStringAsync();
        var connector = await FakeConnectorServer.StartAsync("teams");
        // A second instance on the same tables passes the first one's prefix.
        var prefix = extra?.GetValueOrDefault("Storage:TablePrefix") ?? TestTablePrefix.Create(hint);
        var settings = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = storage,
            ["Storage:TablePrefix"] = prefix,
            ["Bot:AppId"] = string.Empty,
            ["Bot:Connector:AttemptTimeout"] = "00:00:01",
            ["RateLimits:Enabled"] = "false",
            ["Reminders:Enabled"] = "false",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var host = new BotHostFactory("Development", settings);
        var client = events is null
            ? host.CreateClient()
            : host.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(events).AddFilter<LogEventCounter>(null, LogLevel.Trace).AddFilter<Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider>(null, LogLevel.Warning))).CreateClient();
        return new ReliabilityHost(connector, host, client, storage, prefix, azurite);
    }

    public async ValueTask DisposeAsync()
    {
        Target.Bot.Dispose();
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
        if (Azurite is not null)
        {
            await Azurite.DisposeAsync();
        }
    }
}
