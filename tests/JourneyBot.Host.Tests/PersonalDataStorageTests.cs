using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using JourneyBot.Host.Tests.Support;
using JourneyBot.TestSupport.Azurite;
using JourneyBot.TestSupport.Connector;
using JourneyBot.TestSupport.Http;

namespace JourneyBot.Host.Tests;

/// <summary>
/// Teams may put a person's email, user principal name, given name and surname on <c>from</c>, <c>recipient</c>
/// and members. Of a person the bot stores the id, name, AAD object id and role, nothing else: read back from
/// every raw table row after a session that touches every table holding people.
/// </summary>
public sealed class PersonalDataStorageTests : IAsyncLifetime
{
    private const string Email = "dana.pii@contoso.example";
    private const string Upn = "dana.upn.pii@contoso.onmicrosoft.example";
    private const string BotEmail = "journeybot.pii@contoso.example";
    private const string GivenName = "DanaGivenPii";
    private const string Conversation = "a:personal-data";
    private readonly string _tablePrefix = TestTablePrefix.Create("pii");
    private FakeConnectorServer _connector = null!;
    private BotHostFactory _host = null!;
    private HttpClient _client = null!;
    private string _storage = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnectorServer.StartAsync("teams");
        _storage = await AzuriteServer.GetConnectionStringAsync();
        _host = new BotHostFactory("Development", new Dictionary<string, string?>
        {
            ["Bot:AppId"] = string.Empty,
            ["Storage:ConnectionString"] = _storage,
            ["Storage:TablePrefix"] = _tablePrefix,
            ["RateLimits:Enabled"] = "false",
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
    public async Task Only_ids_and_display_names_of_people_reach_table_storage()
    {
        var welcome = Activity(string.Empty);
        welcome["type"] = "conversationUpdate";
        welcome["membersAdded"] = new JsonArray(Bot(), Dana());
        await PostAsync(welcome);

        // A map (dialog state on the way), a stage, a note, an action item, a review, a reminder.
        foreach (var text in new[]
        {
            "new map", "Checkout", "Online shopper", "Where do orders fail?", "1",
            "add stage Follow-up", "end",
            "pain Follow-up: nobody calls back",
            "action call every customer back",
            "remind weekly",
            "review",
        })
        {
            await PostAsync(Activity(text));
        }

        var rows = await RawTables.ReadAllAsync(_storage, _tablePrefix);

        Assert.Contains(rows, r => r.Contains("conversations", StringComparison.Ordinal) && r.Contains("aad-dana", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("nobody calls back", StringComparison.Ordinal) && r.Contains("Dana Pii", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("call every customer back", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("dialogstate", StringComparison.Ordinal));
        foreach (var secret in new[] { Email, Upn, BotEmail, GivenName })
        {
            Assert.DoesNotContain(rows, r => r.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }
    }

    private static JsonObject Dana() => new()
    {
        ["id"] = "29:dana",
        ["name"] = "Dana Pii",
        ["aadObjectId"] = "aad-dana",
        ["email"] = Email,
        ["userPrincipalName"] = Upn,
        ["givenName"] = GivenName,
        ["surname"] = "Pii",
        ["tenantId"] = Activities.TenantId,
        ["userRole"] = "user",
    };

    private static JsonObject Bot() => new()
    {
        ["id"] = Activities.BotId,
        ["name"] = "JourneyBot",
        ["email"] = BotEmail,
    };

    private JsonObject Activity(string text)
    {
        var activity = Activities.PersonalMessage(_connector.ServiceUrl.ToString(), Conversation, text);
        activity["from"] = Dana();
        activity["recipient"] = Bot();
        return activity;
    }

    private async Task PostAsync(JsonObject activity)
    {
        using var response = await _client.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
