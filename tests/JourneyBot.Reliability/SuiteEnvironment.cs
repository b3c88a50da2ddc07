using JourneyBot.TestSupport.Azurite;
using JourneyBot.TestSupport.Connector;
using JourneyBot.TestSupport.Processes;
using JourneyBot.TestSupport.Reliability;

namespace JourneyBot.Reliability;

/// <summary>
/// What the suite runs against: its own Azurite, a fake connector, and the built bot (JourneyBot.dll) as a
/// real process on a loopback port, in Development (anonymous), with rate limits off so that the
/// concurrency scenario's burst reaches the storage path, and reminders off so that background writes do not
/// race the scenarios' stored-row checks. Azurite keeps its data on disk so that the outage scenario can stop
/// it and start it again on the same port.
/// </summary>
internal sealed class SuiteEnvironment : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly AzuriteInstance _azurite;
    private readonly FakeConnectorServer _connector;
    private readonly ChildProcess _bot;
    private readonly HttpClient _client;

    private SuiteEnvironment(AzuriteInstance azurite, FakeConnectorServer connector, ChildProcess bot, HttpClient client, ReliabilityTarget target)
    {
        _azurite = azurite;
        _connector = connector;
        _bot = bot;
        _client = client;
        Target = target;
    }

    public ReliabilityTarget Target { get; }

    public bool BotExited => _bot.HasExited;

    public static async Task<SuiteEnvironment> StartAsync(CancellationToken cancellationToken)
    {
        var azurite = await AzuriteInstance.StartAsync(port: null, persistent: true, cancellationToken);
        var connector = await FakeConnectorServer.StartAsync("teams", cancellationToken);
        var prefix = "rel" + Guid.NewGuid().ToString("N")[..8];
        var (bot, baseAddress) = await BuiltBot.StartAsync(
            new Dictionary<string, string?>
            {
                ["Storage__ConnectionString"] = azurite.ConnectionString,
                ["Storage__TablePrefix"] = prefix,
                ["RateLimits__Enabled"] = "false",
                ["Reminders__Enabled"] = "false",
                // Azurite is one single-threaded process: under the concurrency scenario's burst its answers queue far
                // longer than the 3 s time-out meant for Azure. A stopped Azurite refuses connections at once anyway.
                ["Storage__NetworkTimeout"] = "00:01:00",
                // Shorter than the connector fault scenario's slow answer (5 s), so time-outs are exercised.
                ["Bot__Connector__AttemptTimeout"] = "00:00:03",
            },
            StartTimeout,
            cancellationToken);
        var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(100) };
        return new SuiteEnvironment(azurite, connector, bot, client, new ReliabilityTarget(client, connector, azurite.ConnectionString, prefix, Storage: azurite));
    }

    public string BotOutput() => _bot.Describe(60);

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
        await _azurite.DisposeAsync();
    }
}
