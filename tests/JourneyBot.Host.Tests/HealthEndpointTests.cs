using System.Net;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using JourneyBot.Host.Tests.Support;
using JourneyBot.Storage.Diagnostics;
using JourneyBot.TestSupport.Azurite;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace JourneyBot.Host.Tests;

/// <summary>
/// The probes: live answers whenever the process serves requests; ready answers 200 while Table Storage answers
/// and 503 with the reason when it does not. Neither needs credentials or counts against a rate limit, and a
/// storm of readiness probes sends one request to storage per few seconds.
/// </summary>
public sealed class HealthEndpointTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly string _tablePrefix = TestTablePrefix.Create("health");
    private BotHostFactory? _factory;
    private WebApplicationFactory<Program>? _host;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }

    [Fact]
    public async Task With_storage_up_live_and_ready_answer_200_and_a_storm_of_probes_asks_storage_once_per_window()
    {
        var storage = await AzuriteServer.GetConnectionStringAsync();
        using var client = Start(storage);

        var live = await GetAsync(client, "/health/live", HttpStatusCode.OK);
        Assert.Equal("Healthy", (string?)live["status"]);
        await GetAsync(client, "/healthz", HttpStatusCode.OK);
        for (var i = 0; i < 50; i++)
        {
            var ready = await GetAsync(client, "/health/ready", HttpStatusCode.OK);
            Assert.Equal("Healthy", (string?)ready["checks"]![TableStorageHealthCheckExtensions.CheckName]!["status"]);
        }

        Assert.Equal(1, TableListQueries());

        // The answer is kept for 5 s; after that the next probe asks again.
        _time.Advance(TimeSpan.FromSeconds(6));
        await GetAsync(client, "/health/ready", HttpStatusCode.OK);
        Assert.Equal(2, TableListQueries());

        // Probing creates no table.
        var service = new TableServiceClient(storage);
        Assert.Empty(service.Query(TableClient.CreateQueryFilter($"TableName ge {_tablePrefix} and TableName lt {_tablePrefix + "~"}")));
    }

    [Fact]
    public async Task With_storage_unreachable_ready_answers_503_with_the_reason_and_live_still_answers_200()
    {
        // Port 1 on loopback: nothing listens there.
        using var client = Start(AzuriteServer.ConnectionStringFor(1));

        var ready = await GetAsync(client, "/health/ready", HttpStatusCode.ServiceUnavailable);
        Assert.Equal("Unhealthy", (string?)ready["status"]);
        var check = ready["checks"]![TableStorageHealthCheckExtensions.CheckName]!;
        Assert.Equal("Unhealthy", (string?)check["status"]);
        Assert.StartsWith("Table Storage could not be reached", (string?)check["description"], StringComparison.Ordinal);

        await GetAsync(client, "/health/live", HttpStatusCode.OK);
        await GetAsync(client, "/healthz", HttpStatusCode.OK);
    }

    private HttpClient Start(string storage)
    {
        _factory = new BotHostFactory("Development", new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = storage,
            ["Storage:TablePrefix"] = _tablePrefix,
            ["Bot:AppId"] = string.Empty,
            ["Reminders:Enabled"] = "false",

            // The smallest limits: probes must not count against them.
            ["RateLimits:PerUser:PermitsPerMinute"] = "1",
            ["RateLimits:PerUser:Burst"] = "1",
            ["RateLimits:PerConversation:PermitsPerMinute"] = "1",
            ["RateLimits:PerConversation:Burst"] = "1",
        });
        _host = _factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(_time)));
        return _host.CreateClient();
    }

    /// <summary>Requests to the table list (<c>/Tables</c>), all of them the readiness probe's here.</summary>
    private long TableListQueries() =>
        _host!.Services.GetRequiredService<TableTransactionCounter>().Snapshot().Tallies
            .Where(t => t.Table == "Tables" && t.Operation == TableTransactionCounter.NameOf(TableOperationKind.Table))
            .Sum(t => t.InTurn + t.Background);

    /// <summary>A probe as a load balancer sends it: no credentials.</summary>
    private static async Task<JsonNode> GetAsync(HttpClient client, string path, HttpStatusCode expected)
    {
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{path}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? string.Empty, StringComparison.Ordinal);
        return JsonNode.Parse(body)!;
    }
}
