using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using JourneyBot.Host.Tests.Support;
using JourneyBot.TestSupport.Auth;
using JourneyBot.TestSupport.Azurite;
using JourneyBot.TestSupport.Http;

namespace JourneyBot.Host.Tests;

/// <summary>
/// With an app id configured, /api/messages accepts only tokens signed by the keys of the configured
/// OpenID metadata (a local server with a key generated for the test) and bound to this bot and service URL.
/// </summary>
public sealed class AuthenticationTests : IAsyncLifetime
{
    private const string AppId = "11111111-aaaa-bbbb-cccc-000000000001";
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    private TestOpenIdServer _openId = null!;
    private BotHostFactory _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _openId = await TestOpenIdServer.StartAsync();
        var settings = new Dictionary<string, string?>(_openId.CreateBotConfiguration(AppId))
        {
            ["Storage:ConnectionString"] = await AzuriteServer.GetConnectionStringAsync(),
            ["Storage:TablePrefix"] = TestTablePrefix.Create("auth"),
            ["MapLinks:SigningKey"] = Convert.ToBase64String(new byte[32]),
            ["MapLinks:PublicBaseUrl"] = "https://journeybot.test/",
            ["Bot:AllowedTenants:0"] = Activities.TenantId,
        };
        _host = new BotHostFactory("Production", settings);
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        await _openId.DisposeAsync();
    }

    private static DateTimeOffset Now => DateTimeOffset.UtcNow;

    [Fact]
    public async Task A_valid_bot_framework_token_is_accepted()
    {
        var token = _openId.CreateBotFrameworkToken(AppId, ServiceUrl, Now);

        Assert.Equal(HttpStatusCode.OK, await PostAsync($"Bearer {token}"));
    }

    [Fact]
    public async Task A_valid_entra_token_is_accepted()
    {
        var token = _openId.CreateToken(TestTokenClaims.EntraV2(TestOpenIdServer.DefaultTenantId, AppId, Now) with { ServiceUrl = ServiceUrl });

        Assert.Equal(HttpStatusCode.OK, await PostAsync($"Bearer {token}"));
    }

    public static TheoryData<string, Func<TestOpenIdServer, string?>> RefusedHeaders => new()
    {
        { "no header", _ => null },
        { "not bearer", s => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("user:pass")) },
        { "garbage", _ => "Bearer not-a-jwt" },
        { "expired", s => "Bearer " + s.CreateToken(TestTokenClaims.BotFramework(AppId, ServiceUrl, Now.AddHours(-2)) with { Expires = Now.AddMinutes(-10), NotBefore = Now.AddHours(-2) }) },
        { "wrong audience", s => "Bearer " + s.CreateToken(TestTokenClaims.BotFramework("someone-elses-bot", ServiceUrl, Now)) },
        { "wrong issuer", s => "Bearer " + s.CreateToken(TestTokenClaims.BotFramework(AppId, ServiceUrl, Now) with { Issuer = "https://evil.example.com" }) },
        { "service url mismatch", s => "Bearer " + s.CreateBotFrameworkToken(AppId, "https://attacker.example.com/", Now) },
        { "unsigned", s => "Bearer " + s.CreateUnsignedToken(TestTokenClaims.BotFramework(AppId, ServiceUrl, Now)) },
        { "unknown key", s => "Bearer " + s.CreateTokenWithUnknownKey(TestTokenClaims.BotFramework(AppId, ServiceUrl, Now)) },
        { "hmac with public key", s => "Bearer " + s.CreateHmacToken(TestTokenClaims.BotFramework(AppId, ServiceUrl, Now)) },
    };

    [Theory]
    [MemberData(nameof(RefusedHeaders))]
    public async Task Requests_without_a_valid_token_get_401(string scenario, Func<TestOpenIdServer, string?> header)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(header(_openId)));
        Assert.NotNull(scenario);
    }

    [Fact]
    public async Task A_valid_token_from_a_tenant_not_on_the_allow_list_gets_403()
    {
        var token = _openId.CreateBotFrameworkToken(AppId, ServiceUrl, Now);

        Assert.Equal(HttpStatusCode.Forbidden, await PostAsync($"Bearer {token}", tenant: "tenant-elsewhere"));
    }

    [Fact]
    public async Task Authentication_comes_first_so_a_bad_token_from_another_tenant_gets_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync("Bearer not-a-jwt", tenant: "tenant-elsewhere"));
    }

    private async Task<HttpStatusCode> PostAsync(string? authorization, string tenant = Activities.TenantId)
    {
        // A reaction needs no reply, so an accepted request does not try to reach a real connector.
        var activity = Activities.PersonalMessage(ServiceUrl, "a:auth", "hi");
        activity["conversation"]!["tenantId"] = tenant;
        activity["channelData"]!["tenant"]!["id"] = tenant;
        activity["type"] = "messageReaction";
        activity["reactionsAdded"] = new JsonArray(new JsonObject { ["type"] = "like" });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await _client.SendAsync(request);
        return response.StatusCode;
    }
}
