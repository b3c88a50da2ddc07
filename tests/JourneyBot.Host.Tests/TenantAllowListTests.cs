using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using JourneyBot.Domain.Maps;
using JourneyBot.Host.Tests.Support;
using JourneyBot.Journeys.Sharing;
using JourneyBot.TestSupport.Azurite;
using JourneyBot.TestSupport.Connector;
using JourneyBot.TestSupport.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JourneyBot.Host.Tests;

/// <summary>
/// With <c>Bot:AllowedTenants</c> set, activities (and map links) of any other tenant get 403, a logged reason,
/// no turn and no stored row.
/// </summary>
public sealed class TenantAllowListTests : IAsyncLifetime
{
    private const string AllowedTenant = Activities.TenantId;
    private const string OtherTenant = "tenant-not-ours";
    private readonly string _tablePrefix = TestTablePrefix.Create("tenants");
    private readonly CapturedLogs _logs = new();
    private FakeConnectorServer _connector = null!;
    private BotHostFactory _factory = null!;
    private WebApplicationFactory<Program> _host = null!;
    private HttpClient _client = null!;
    private string _storage = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnectorServer.StartAsync("teams");
        _storage = await AzuriteServer.GetConnectionStringAsync();
        _factory = new BotHostFactory("Development", new Dictionary<string, string?>
        {
            ["Bot:AppId"] = string.Empty,
            ["Bot:AllowedTenants:0"] = AllowedTenant,
            ["Storage:ConnectionString"] = _storage,
            ["Storage:TablePrefix"] = _tablePrefix,
            ["MapLinks:SigningKey"] = Convert.ToBase64String(new byte[32]),
            ["MapLinks:PublicBaseUrl"] = "https://journeybot.test/",

            // The reminder dispatcher writes its own cursor row at start; only the activity's rows matter here.
            ["Reminders:Enabled"] = "false",
        });
        _host = _factory.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(_logs)));
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        await _factory.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private string ServiceUrl => _connector.ServiceUrl.ToString();

    [Fact]
    public async Task An_allowed_tenant_is_answered()
    {
        using var response = await PostAsync(Activities.PersonalMessage(ServiceUrl, "a:allowed", "help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_connector.Activities);
    }

    public static TheoryData<string, Action<JsonObject>, string> RefusedTenants => new()
    {
        { "another tenant", a => SetTenants(a, OtherTenant, OtherTenant), OtherTenant },
        { "another tenant in channelData only", a => SetTenants(a, OtherTenant, AllowedTenant), OtherTenant },
        { "another tenant in the conversation only", a => SetTenants(a, AllowedTenant, OtherTenant), OtherTenant },
        { "no tenant at all", a => SetTenants(a, null, null), "(none)" },
    };

    [Theory]
    [MemberData(nameof(RefusedTenants))]
    public async Task Other_tenants_get_403_with_a_logged_reason_and_nothing_runs_or_is_stored(string scenario, Action<JsonObject> tenants, string loggedTenant)
    {
        var activity = Activities.PersonalMessage(ServiceUrl, "a:" + scenario.Replace(' ', '-'), "new map", id: "refused-1");
        tenants(activity);

        using var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!;
        Assert.Equal("Forbidden", error["code"]!.GetValue<string>());
        Assert.Empty(_connector.Calls);
        Assert.Empty(await RawTables.ReadAllAsync(_storage, _tablePrefix));
        var log = Assert.Single(_logs.Entries, e => e.Values.GetValueOrDefault("{OriginalFormat}")?.Contains("403", StringComparison.Ordinal) == true);
        Assert.Equal(LogLevel.Warning, log.Level);
        Assert.Equal(loggedTenant, log.Values["TenantId"]);
        Assert.False(string.IsNullOrEmpty(log.Values["Reason"]));
    }

    [Fact]
    public async Task A_malformed_body_is_still_400_before_the_tenant_is_looked_at()
    {
        using var response = await _client.PostAsync("/api/messages", new StringContent("{", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData(MapLinkPurpose.View)]
    [InlineData(MapLinkPurpose.ExportJson)]
    public async Task A_link_of_a_tenant_no_longer_served_gets_403_like_any_refused_link(MapLinkPurpose purpose)
    {
        var links = _host.Services.GetRequiredService<IMapLinks>();
        var otherTenantsLink = links.Create(new MapScope(OtherTenant, "msteams:conversation:a:x"), "m-gone", purpose);
        var ourLink = links.Create(new MapScope(AllowedTenant, "msteams:conversation:a:x"), "m-gone", purpose);

        using var refused = await _client.GetAsync(otherTenantsLink.PathAndQuery);
        using var garbage = await _client.GetAsync(otherTenantsLink.AbsolutePath + "?t=not-a-token");
        using var served = await _client.GetAsync(ourLink.PathAndQuery);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(await garbage.Content.ReadAsStringAsync(), await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, served.StatusCode);
    }

    private static void SetTenants(JsonObject activity, string? channelData, string? conversation)
    {
        activity["channelData"] = channelData is null ? new JsonObject() : new JsonObject { ["tenant"] = new JsonObject { ["id"] = channelData } };
        var conversationNode = activity["conversation"]!.AsObject();
        conversationNode.Remove("tenantId");
        if (conversation is not null)
        {
            conversationNode["tenantId"] = conversation;
        }
    }

    private Task<HttpResponseMessage> PostAsync(JsonObject activity) =>
        _client.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
}
