using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using JourneyBot.Host.Tests.Support;
using JourneyBot.Storage.Diagnostics;
using JourneyBot.TestSupport.Azurite;
using JourneyBot.TestSupport.Connector;
using JourneyBot.TestSupport.Http;

namespace JourneyBot.Host.Tests;

/// <summary>Table transactions of /api/messages are counted per turn and shown at /_dev/storage/transactions in Development.</summary>
public sealed class StorageTransactionEndpointTests : IAsyncLifetime
{
    private readonly string _tablePrefix = TestTablePrefix.Create("hosttx");
    private FakeConnectorServer _connector = null!;
    private BotHostFactory _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnectorServer.StartAsync("teams");
        _host = new BotHostFactory("Development", new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = await AzuriteServer.GetConnectionStringAsync(),
            ["Storage:TablePrefix"] = _tablePrefix,
            ["Bot:AppId"] = string.Empty,
            ["Reminders:Enabled"] = "false",
        });
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Each_message_is_one_turn_and_its_transactions_are_counted_in_it()
    {
        var before = await SnapshotAsync();

        await PostAsync(Activities.PersonalMessage(_connector.ServiceUrl.ToString(), "a:tx-chat", "help", id: "tx-1"));
        var first = (await SnapshotAsync()).Since(before);
        await PostAsync(Activities.PersonalMessage(_connector.ServiceUrl.ToString(), "a:tx-chat", "help", id: "tx-1"));   // redelivered
        var both = (await SnapshotAsync()).Since(before);

        Assert.Equal(1, first.Turns);
        Assert.Equal(0, first.Background);
        Assert.Contains(new TableTransactionTally(_tablePrefix + "activities", "insert", 1, 0), first.Tallies);
        Assert.Equal(2, both.Turns);
        // The redelivery only tries to claim the activity id again, and on the conflict reads the claim back to tell
        // another delivery's claim from its own write whose answer was lost.
        Assert.Equal(first.InTurn + 2, both.InTurn);
        Assert.Equal(0, both.Background);
    }

    private async Task<TableTransactionSnapshot> SnapshotAsync() =>
        (await _client.GetFromJsonAsync<TableTransactionSnapshot>("/_dev/storage/transactions"))!;

    private async Task PostAsync(JsonObject activity)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync("/api/messages", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
