using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Web;
using JourneyBot.BotKit.Authentication;
using JourneyBot.Domain.Maps;
using JourneyBot.Host.Tests.Support;
using JourneyBot.Journeys.Sharing;
using JourneyBot.TestSupport.Auth;
using JourneyBot.TestSupport.Azurite;
using JourneyBot.TestSupport.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JourneyBot.Host.Tests;

/// <summary>
/// Every log entry of every category at Trace level (ASP.NET Core's request logging and HttpClient's included),
/// with its scopes, while the bot handles everything secret: inbound bearer tokens, the app password and the
/// outbound token it buys, signed map and export links, the storage account key. None of them may appear.
/// </summary>
public sealed class SecretLoggingTests : IAsyncLifetime
{
    private const string AppId = "11111111-aaaa-bbbb-cccc-000000000042";
    private const string AppPassword = "AppPw~s3cret.Value_9Kq2LmZx7";
    private const string OutboundToken = "outbound-connector-token-4f9d2c7e1b";
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    private readonly CapturedLogs _logs = new();
    private readonly FakeTokenEndpoint _tokenEndpoint = new(OutboundToken);
    private TestOpenIdServer _openId = null!;
    private BotHostFactory _factory = null!;
    private WebApplicationFactory<Program> _host = null!;
    private HttpClient _client = null!;
    private string _storage = null!;

    public async Task InitializeAsync()
    {
        _openId = await TestOpenIdServer.StartAsync();
        _storage = await AzuriteServer.GetConnectionStringAsync();
        var settings = new Dictionary<string, string?>(_openId.CreateBotConfiguration(AppId))
        {
            ["Bot:ClientSecret"] = AppPassword,
            ["Storage:ConnectionString"] = _storage,
            ["Storage:TablePrefix"] = TestTablePrefix.Create("secrets"),
            ["MapLinks:SigningKey"] = Convert.ToBase64String(new byte[32]),
            ["MapLinks:PublicBaseUrl"] = "https://journeybot.test/",
            ["Reminders:Enabled"] = "false",

            // Someone debugging in production turns everything up.
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
            ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Trace",
        };
        _factory = new BotHostFactory("Production", settings);
        _host = _factory.WithWebHostBuilder(builder => builder
            .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs))
            .ConfigureTestServices(services => services
                .AddHttpClient(JourneyBot.BotKit.Authentication.AuthenticationServiceCollectionExtensions.TokenHttpClientName)
                .ConfigurePrimaryHttpMessageHandler(() => _tokenEndpoint)));
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        await _factory.DisposeAsync();
        await _openId.DisposeAsync();
    }

    [Fact]
    public async Task No_token_password_link_or_account_key_reaches_any_log_entry_or_scope()
    {
        var now = DateTimeOffset.UtcNow;
        var bearer = _openId.CreateBotFrameworkToken(AppId, ServiceUrl, now);
        var forged = _openId.CreateTokenWithUnknownKey(TestTokenClaims.BotFramework(AppId, ServiceUrl, now));
        Assert.Equal(HttpStatusCode.OK, await PostReactionAsync(bearer));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostReactionAsync(forged));

        var outbound = await _host.Services.GetRequiredService<IConnectorTokenProvider>().GetTokenAsync(new Uri(ServiceUrl), CancellationToken.None);
        Assert.Equal(OutboundToken, outbound);
        Assert.Contains(_tokenEndpoint.TokenRequests, form => HttpUtility.ParseQueryString(form)["client_secret"] == AppPassword);

        var links = _host.Services.GetRequiredService<IMapLinks>();
        var scope = new MapScope(Activities.TenantId, "msteams:conversation:a:secrets");
        var view = links.Create(scope, "m-secret", MapLinkPurpose.View);
        var export = links.Create(scope, "m-secret", MapLinkPurpose.ExportCsv);
        using (var page = await _client.GetAsync(view.PathAndQuery))
        using (var file = await _client.GetAsync(export.PathAndQuery))
        {
            Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, file.StatusCode);
        }

        var accountKey = AccountKeyOf(_storage);
        var secrets = new Dictionary<string, string>
        {
            ["inbound bearer token"] = bearer,
            ["forged bearer token"] = forged,
            ["inbound token signature"] = bearer[(bearer.LastIndexOf('.') + 1)..],
            ["app password"] = AppPassword,
            ["outbound token"] = OutboundToken,
            ["view link token"] = TokenOf(view),
            ["export link token"] = TokenOf(export),
            ["storage account key"] = accountKey,
        };

        var entries = _logs.Entries;
        Assert.Contains(entries, e => e.Category.StartsWith("Microsoft.AspNetCore.Hosting", StringComparison.Ordinal) && e.Message.Contains("/maps/m-secret/view", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Category.StartsWith("System.Net.Http.HttpClient", StringComparison.Ordinal));
        var leaks = (
            from entry in entries
            from secret in secrets
            where entry.AllText.Contains(secret.Value, StringComparison.Ordinal)
            select $"{secret.Key} in [{entry.Category}] {entry.Message}").Distinct().ToList();
        Assert.True(leaks.Count == 0, string.Join('\n', leaks));
    }

    private static string TokenOf(Uri link) => HttpUtility.ParseQueryString(link.Query)["t"]!;

    private static string AccountKeyOf(string connectionString) =>
        connectionString.Split(';').Select(part => part.Split('=', 2)).Single(pair => pair[0] == "AccountKey")[1];

    private async Task<HttpStatusCode> PostReactionAsync(string token)
    {
        var activity = Activities.PersonalMessage(ServiceUrl, "a:secrets", "hi");
        activity["type"] = "messageReaction";
        activity["reactionsAdded"] = new JsonArray(new JsonObject { ["type"] = "like" });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {token}");
        using var response = await _client.SendAsync(request);
        return response.StatusCode;
    }
}
