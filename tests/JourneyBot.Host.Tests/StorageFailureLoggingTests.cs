using System.Net;
using System.Security.Cryptography;
using System.Text;
using JourneyBot.Host.Tests.Support;
using JourneyBot.TestSupport.Connector;
using JourneyBot.TestSupport.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace JourneyBot.Host.Tests;

/// <summary>
/// Storage unreachable: every table call fails and is logged with its exception, at Trace level in every
/// category. The account key of the connection string appears in none of it.
/// </summary>
public sealed class StorageFailureLoggingTests : IAsyncLifetime
{
    private readonly string _accountKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(64));
    private readonly CapturedLogs _logs = new();
    private FakeConnectorServer _connector = null!;
    private BotHostFactory _factory = null!;
    private WebApplicationFactory<Program> _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnectorServer.StartAsync("teams");
        _factory = new BotHostFactory("Development", new Dictionary<string, string?>
        {
            ["Bot:AppId"] = string.Empty,

            // Port 1 on loopback: nothing listens, every call fails fast.
            ["Storage:ConnectionString"] = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={_accountKey};TableEndpoint=http://127.0.0.1:1/devstoreaccount1;",
            ["Storage:TablePrefix"] = "tstoragedown",
            ["Reminders:Enabled"] = "false",
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
            ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Trace",
        });
        _host = _factory.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs)));
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        await _factory.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Failed_storage_calls_are_logged_without_the_account_key()
    {
        var activity = Activities.PersonalMessage(_connector.ServiceUrl.ToString(), "a:storage-down", "new map");

        using var response = await _client.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entries = _logs.Entries;
        Assert.Contains(entries, e => e.Level >= LogLevel.Warning && e.Exception is not null);
        Assert.DoesNotContain(entries, e => e.AllText.Contains(_accountKey, StringComparison.Ordinal));
    }
}
