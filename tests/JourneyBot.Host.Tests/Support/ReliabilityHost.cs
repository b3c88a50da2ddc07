using JourneyBot.TestSupport.Azurite;
using JourneyBot.TestSupport.Connector;
using JourneyBot.TestSupport.Reliability;

namespace JourneyBot.Host.Tests.Support;

/// <summary>
/// The real host in-process for reliability scenarios: Development (anonymous in and out), a fake connector, its own
/// table prefix in Azurite, and rate limits off so floods of bad input are judged on their content.
/// </summary>
public sealed class ReliabilityHost : IAsyncLifetime
{
    private FakeConnectorServer _connector = null!;
    private BotHostFactory _host = null!;
    private HttpClient _client = null!;

    public ReliabilityTarget Target { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var prefix = TestTablePrefix.Create("reliability");
        var storage = await AzuriteServer.GetConnectionStringAsync();
        _connector = await FakeConnectorServer.StartAsync();
        _host = new BotHostFactory("Development", new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = storage,
            ["Storage:TablePrefix"] = prefix,
            ["Bot:AppId"] = string.Empty,
            ["RateLimits:Enabled"] = "false",
            ["Reminders:Enabled"] = "false",
        });
        _client = _host.CreateClient();
        Target = new ReliabilityTarget(_client, _connector, storage, prefix);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }
}
