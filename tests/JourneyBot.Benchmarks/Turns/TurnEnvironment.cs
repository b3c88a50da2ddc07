using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using JourneyBot.Storage;
using JourneyBot.Storage.Diagnostics;
using JourneyBot.TestSupport.Azurite;
using JourneyBot.TestSupport.Connector;
using JourneyBot.TestSupport.Processes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JourneyBot.Benchmarks.Turns;

/// <summary>
/// What the turn benchmark runs against: Azurite (its own, or a running one), a fake connector, and the built
/// bot (JourneyBot.dll, Release) as a real process on a loopback port, in Development so that
/// <c>GET /_dev/storage/transactions</c> reports its table transactions; rate limits and the reminder
/// dispatcher are off so that neither throttles nor adds to what a turn is measured to do. A separate
/// process keeps the harness (its HTTP client, the seeding, the connector) out of the bot's working set.
/// The harness has its own storage services on the same tables, to seed maps and time bare storage calls.
/// </summary>
internal sealed class TurnEnvironment : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private readonly AzuriteInstance? _azurite;
    private readonly ChildProcess _bot;

    private TurnEnvironment(AzuriteInstance? azurite, FakeConnectorServer connector, ChildProcess bot, HttpClient client, ServiceProvider storage, string connectionString, string prefix)
    {
        _azurite = azurite;
        Connector = connector;
        _bot = bot;
        Client = client;
        Storage = storage;
        ConnectionString = connectionString;
        Prefix = prefix;
    }

    public FakeConnectorServer Connector { get; }

    public HttpClient Client { get; }

    /// <summary>The harness's own storage services (repositories, table client, counter) on the bot's tables.</summary>
    public ServiceProvider Storage { get; }

    public string ConnectionString { get; }

    public string Prefix { get; }

    public string ServiceUrl => Connector.ServiceUrl.ToString();

    public static async Task<TurnEnvironment> StartAsync(string? storageConnectionString, CancellationToken cancellationToken)
    {
        var azurite = storageConnectionString is null ? await AzuriteInstance.StartAsync(cancellationToken: cancellationToken) : null;
        var connectionString = storageConnectionString ?? azurite!.ConnectionString;
        var connector = await FakeConnectorServer.StartAsync("teams", cancellationToken);
        var prefix = "turns" + Guid.NewGuid().ToString("N")[..8];
        var (bot, baseAddress) = await BuiltBot.StartAsync(
            new Dictionary<string, string?>
            {
                ["DOTNET_gcServer"] = "0",
                ["Storage__ConnectionString"] = connectionString,
                ["Storage__TablePrefix"] = prefix,
                // Azurite answers one request at a time: under 100 conversations its queue outlasts the 3 s time-out
                // meant for Azure, and every time-out becomes a retry that queues again. The benchmark measures the wait.
                ["Storage__NetworkTimeout"] = "00:01:00",
                ["RateLimits__Enabled"] = "false",
                ["Reminders__Enabled"] = "false",
            },
            StartTimeout,
            cancellationToken);
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1000 }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(5) };

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = connectionString,
            ["Storage:TablePrefix"] = prefix,
            ["Storage:NetworkTimeout"] = "00:01:00",
        }).Build();
        var storage = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddJourneyStorage(configuration)
            .BuildServiceProvider();
        return new TurnEnvironment(azurite, connector, bot, client, storage, connectionString, prefix);
    }

    /// <summary>The bot's table transaction counts so far.</summary>
    public async Task<TableTransactionSnapshot> TransactionsAsync(CancellationToken cancellationToken) =>
        await Client.GetFromJsonAsync<TableTransactionSnapshot>("_dev/storage/transactions", cancellationToken)
        ?? throw new InvalidOperationException("The bot returned no transaction counts.");

    /// <summary>The bot process's working set now and its peak so far, in bytes.</summary>
    public (long Current, long Peak) WorkingSet()
    {
        using var process = Process.GetProcessById(_bot.Id);
        return (process.WorkingSet64, process.PeakWorkingSet64);
    }

    public bool BotExited => _bot.HasExited;

    public string BotOutput() => _bot.Describe(40);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _bot.DisposeAsync();
        await Storage.DisposeAsync();
        await Connector.DisposeAsync();
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}
