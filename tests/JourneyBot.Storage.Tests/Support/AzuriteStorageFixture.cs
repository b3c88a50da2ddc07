using Azure.Data.Tables;
using JourneyBot.Storage.Tables;
using JourneyBot.TestSupport.Azurite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace JourneyBot.Storage.Tests.Support;

/// <summary>
/// Azurite for one test class: the shared server (or the one the test command started) and a table
/// prefix of its own, whose tables are deleted when the class is done.
/// </summary>
public sealed class AzuriteStorageFixture : IAsyncLifetime
{
    public string TablePrefix { get; } = TestTablePrefix.Create("storage");

    public string ConnectionString { get; private set; } = string.Empty;

    internal TableServiceClient Service { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        ConnectionString = await AzuriteServer.GetConnectionStringAsync();
        Service = new TableServiceClient(ConnectionString);
    }

    public async Task DisposeAsync()
    {
        var filter = TableServiceClient.CreateQueryFilter($"TableName ge {TablePrefix} and TableName lt {TablePrefix + "~"}");
        await foreach (var table in Service.QueryAsync(filter))
        {
            await Service.DeleteTableAsync(table.Name);
        }
    }

    /// <summary>The storage layer as the host composes it (AddJourneyStorage), on this fixture's Azurite and prefix.</summary>
    internal ServiceProvider BuildProvider()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = ConnectionString,
            ["Storage:TablePrefix"] = TablePrefix,
        }).Build();
        return new ServiceCollection().AddLogging().AddJourneyStorage(configuration).BuildServiceProvider();
    }

    internal StorageTables CreateTables() => new(
        Service,
        Options.Create(new TableStorageOptions { ConnectionString = ConnectionString, TablePrefix = TablePrefix }),
        NullLogger<StorageTables>.Instance);

    /// <summary>Direct access to one of the bot's tables, for checking what was really written.</summary>
    internal TableClient RawTable(string name) => Service.GetTableClient(TablePrefix + name);
}
