using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using JourneyBot.BotKit.State;
using JourneyBot.Storage.State;
using JourneyBot.Storage.Tables;
using JourneyBot.TestSupport.Azurite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace JourneyBot.Storage.Tests.Tables;

/// <summary>Lazy table creation, and recovery when storage is down or comes back empty. Each test runs its own Azurite.</summary>
public sealed class StorageTablesTests
{
    private readonly string _prefix = TestTablePrefix.For<StorageTablesTests>();

    private CancellationToken Ct { get; } = new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token;

    [Fact]
    public async Task Store_CreatedWhileAzuriteIsNotListening_WorksOnceAzuriteIsUp()
    {
        var port = AzuriteInstance.FreePort();
        var store = new TableProcessedActivityStore(CreateTables(port, out _), TimeProvider.System);

        await Assert.ThrowsAnyAsync<Exception>(() => store.TryBeginAsync("19:c", "a1", Ct));
        await Assert.ThrowsAnyAsync<Exception>(() => store.TryBeginAsync("19:c", "a1", Ct));
        await using var azurite = await AzuriteInstance.StartAsync(port, Ct);

        Assert.True(await store.TryBeginAsync("19:c", "a1", Ct));
        Assert.False(await store.TryBeginAsync("19:c", "a1", Ct));
    }

    [Fact]
    public async Task Store_AfterAzuriteRestartsEmpty_CreatesItsTableAgainAndWorks()
    {
        var port = AzuriteInstance.FreePort();
        var store = new TableTurnStateStore(CreateTables(port, out _), TimeProvider.System);
        var key = new StateKey("19:c", "29:u");
        await using (var first = await AzuriteInstance.StartAsync(port, Ct))
        {
            await store.WriteAsync(key, "{\"v\":1}", null, Ct);
        }

        await Assert.ThrowsAnyAsync<Exception>(() => store.ReadAsync(key, Ct));
        await using var second = await AzuriteInstance.StartAsync(port, Ct);

        Assert.Null(await store.ReadAsync(key, Ct));
        var etag = await store.WriteAsync(key, "{\"v\":2}", null, Ct);
        Assert.Equal(new StoredState("{\"v\":2}", etag), await store.ReadAsync(key, Ct));
    }

    [Fact]
    public async Task RunAsync_ManyConcurrentFirstCalls_CreateTheTableOnce()
    {
        await using var azurite = await AzuriteInstance.StartAsync(cancellationToken: Ct);
        var tables = CreateTables(azurite.Port, out var requests);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(
            () => tables.RunAsync(
                TableNames.Activities,
                (table, ct) => table.AddEntityAsync(new TableEntity("p", $"r{i}"), ct),
                Ct),
            Ct)));

        Assert.Equal(1, requests.TableCreations);
        Assert.Equal(20, requests.EntityInserts);
    }

    [Fact]
    public async Task RunAsync_AfterTheTableExists_DoesNotCreateItAgain()
    {
        await using var azurite = await AzuriteInstance.StartAsync(cancellationToken: Ct);
        var tables = CreateTables(azurite.Port, out var requests);

        for (var i = 0; i < 3; i++)
        {
            await tables.RunAsync(TableNames.Maps, (table, ct) => table.AddEntityAsync(new TableEntity("p", $"r{i}"), ct), Ct);
        }

        Assert.Equal(1, requests.TableCreations);
        Assert.Equal(_prefix + TableNames.Maps, tables.FullName(TableNames.Maps));
    }

    private StorageTables CreateTables(int port, out RequestCounter requests)
    {
        requests = new RequestCounter();
        var clientOptions = new TableClientOptions();

        // Fail fast while Azurite is down instead of waiting out the default back-off.
        clientOptions.Retry.MaxRetries = 0;
        clientOptions.AddPolicy(requests, HttpPipelinePosition.PerCall);
        var connectionString = AzuriteServer.ConnectionStringFor(port);
        return new StorageTables(
            new TableServiceClient(connectionString, clientOptions),
            Options.Create(new TableStorageOptions { ConnectionString = connectionString, TablePrefix = _prefix }),
            NullLogger<StorageTables>.Instance);
    }

    /// <summary>Counts the requests that reach the wire, by kind.</summary>
    private sealed class RequestCounter : HttpPipelineSynchronousPolicy
    {
        private int _tableCreations;
        private int _entityInserts;

        public int TableCreations => Volatile.Read(ref _tableCreations);

        public int EntityInserts => Volatile.Read(ref _entityInserts);

        public override void OnSendingRequest(HttpMessage message)
        {
            if (message.Request.Method != RequestMethod.Post)
            {
                return;
            }

            var path = message.Request.Uri.Path.TrimEnd('/');
            if (path.EndsWith("/Tables", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _tableCreations);
            }
            else
            {
                Interlocked.Increment(ref _entityInserts);
            }
        }
    }
}
