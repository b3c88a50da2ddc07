using JourneyBot.BotKit.Authentication;
using JourneyBot.BotKit.Schema;
using JourneyBot.TestSupport.Auth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace JourneyBot.BotKit.Tests.Authentication;

public sealed class JwtInboundAuthenticatorTests(OpenIdServerFixture fixture) : IClassFixture<OpenIdServerFixture>
{
    private const string AppId = "9a1b2c3d-0000-4000-8000-00000000b0b0";
    private const string TenantId = "7e57e57e-1111-4222-8333-444444444444";
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    // Far from the real clock on purpose: a check that read the system clock instead of the TimeProvider would fail.
    private static readonly DateTimeOffset Now = new(2031, 3, 14, 9, 26, 53, TimeSpan.Zero);

    private readonly TestOpenIdServer _server = fixture.Server;
    private readonly FakeTimeProvider _time = new(Now);
    private readonly TrustedServiceUrls _trusted = new([], TrustedServiceUrls.DefaultCapacity);

    [Fact]
    public async Task ValidBotFrameworkToken_Succeeds()
    {
        var token = _server.CreateBotFrameworkToken(AppId, ServiceUrl, Now);

        var result = await AuthenticateAsync(Bearer(token), TeamsActivity());

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.NotNull(result.Identity);
        Assert.True(result.Identity.IsAuthenticated);
        Assert.Equal(BotAuthenticationTypes.BotFramework, result.Identity.AuthenticationType);
        Assert.Contains(result.Identity.Claims, c => c.Type == "aud" && c.Value == AppId);
    }

    [Fact]
    public async Task ValidBotFrameworkToken_TrustsTheActivityServiceUrlForReplies()
    {
        const string customServiceUrl = "https://connector.contoso.example/teams/";
        var token = _server.CreateBotFrameworkToken(AppId, customServiceUrl, Now);
        Assert.False(_trusted.IsTrusted(new Uri(customServiceUrl)));

        var result = await AuthenticateAsync(Bearer(token), TeamsActivity(serviceUrl: customServiceUrl));

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.True(_trusted.IsTrusted(new Uri(customServiceUrl)));
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public async Task ValidEntraToken_EitherIssuerForm_Succeeds(string form)
    {
        var claims = form == "v1" ? TestTokenClaims.EntraV1(TenantId, AppId, Now) : TestTokenClaims.EntraV2(TenantId, AppId, Now);

        var result = await AuthenticateAsync(Bearer(_server.CreateToken(claims)), TeamsActivity(channelId: "emulator"));

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(BotAuthenticationTypes.Entra, result.Identity!.AuthenticationType);
    }

    [Fact]
    public async Task EntraToken_KeyWithoutEndorsements_AnyChannel_Succeeds()
    {
        // Entra keys carry no endorsements, so the channel id is not restricted.
        var token = _server.CreateToken(TestTokenClaims.EntraV2(TenantId, AppId, Now));

        var result = await AuthenticateAsync(Bearer(token), TeamsActivity(channelId: "some-other-channel"));

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task EntraToken_WithoutServiceUrlClaim_DoesNotTrustTheActivityServiceUrl()
    {
        const string unvouchedServiceUrl = "https://connector.contoso.example/";
        var token = _server.CreateToken(TestTokenClaims.EntraV2(TenantId, AppId, Now));

        var result = await AuthenticateAsync(Bearer(token), TeamsActivity(serviceUrl: unvouchedServiceUrl));

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.False(_trusted.IsTrusted(new Uri(unvouchedServiceUrl)));
    }

    [Fact]
    public async Task EntraToken_WithMatchingServiceUrlClaim_TrustsTheActivityServiceUrl()
    {
        const string serviceUrl = "https://connector.contoso.example/";
        var token = _server.CreateToken(TestTokenClaims.EntraV2(TenantId, AppId, Now) with { ServiceUrl = serviceUrl });

        var result = await AuthenticateAsync(Bearer(token), TeamsActivity(serviceUrl: serviceUrl));

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.True(_trusted.IsTrusted(new Uri(serviceUrl)));
    }

    [Fact]
    public async Task EntraToken_WithMismatchedServiceUrlClaim_Fails()
    {
        var token = _server.CreateToken(TestTokenClaims.EntraV2(TenantId, AppId, Now) with { ServiceUrl = "https://elsewhere.example/" });

        var result = await AuthenticateAsync(Bearer(token), TeamsActivity());

        AssertFailed(result, "serviceUrl does not match the token");
    }

    [Fact]
    public async Task EntraToken_FromAnotherTenant_FailsAsUntrustedIssuer()
    {
        var token = _server.CreateToken(TestTokenClaims.EntraV2("0ther000-0000-0000-0000-000000000000", AppId, Now));

        var result = await AuthenticateAsync(Bearer(token), TeamsActivity());

        AssertFailed(result, "untrusted issuer");
    }

    [Fact]
    public async Task EntraToken_WhenNoTenantConfigured_FailsAsUntrustedIssuer()
    {
        var token = _server.CreateToken(TestTokenClaims.EntraV2(TenantId, AppId, Now));

        var result = await AuthenticateAsync(Bearer(token), TeamsActivity(), CreateOptions(tenantId: null));

        AssertFailed(result, "untrusted issuer");
    }

    [Fact]
    public async Task TokenExpiredBeyondClockSkew_Fails()
    {
        var token = _server.CreateToken(BotFrameworkClaims() with { NotBefore = Now.AddHours(-1), Expires = Now.AddMinutes(-6) });

        var result = await AuthenticateAsync(Bearer(token), TeamsActivity());

        AssertFailed(result, "token expired");
    }

    [Fact]
    public async Task TokenExpiredWithinClockSkew_Succeeds()
    {
        var token = _server.CreateToken(BotFrameworkClaims() with { NotBefore = Now.AddHours(-1), Expires = Now.AddMinutes(-4) });

        var result = await AuthenticateAsync(Bearer(token), TeamsActivity());

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task TokenNotYetValidBeyondClockSkew_Fails()
    {
        var token = _server.CreateToken(BotFrameworkClaims() with { NotBefore = Now.AddMinutes(6), Expires = Now.AddHours(1) });

        var result = await AuthenticateAsync(Bearer(token), TeamsActivity());

        AssertFailed(result, "token not yet valid");
    }

    [Fact]
    public async Task TokenValidOnlyByTheSystemClock_FailsByTheInjectedClock()
    {
        var realNow = DateTimeOffset.UtcNow;
        var token = _server.CreateBotFrameworkToken(AppId, ServiceUrl, realNow);

        var result = await AuthenticateAsync(Bearer(token), TeamsActivity());

        AssertFailed(result, "token expired");
    }

    [Fact]
    public async Task TokenForAnotherAudience_Fails()
    {
        var token = _server.CreateToken(BotFrameworkClaims() with { Audience = "some-other-bot" });

        var result = await AuthenticateAsync(Bearer(token), TeamsActivity());

        AssertFailed(result, "invalid audience");
    }

    [Fact]
    public async Task TokenFromUnknownIssuer_Fails()
    {
        var token = _server.CreateToken(BotFrameworkClaims() with { Issuer = "https://evil.example" });

        var result = await AuthenticateAsync(Bearer(token), TeamsActivity());

        AssertFailed(result, "untrusted issuer");
    }

    [Fact]
    public async Task BotFrameworkToken_ForAnotherServiceUrl_Fails()
    {
        const string activityServiceUrl = "https://connector.contoso.example/";
        var token = _server.CreateBotFrameworkToken(AppId, ServiceUrl, Now);

        var result = await AuthenticateAsync(Bearer(token), TeamsActivity(serviceUrl: activityServiceUrl));

        AssertFailed(result, "serviceUrl does not match the token");
        Assert.False(_trusted.IsTrusted(new Uri(activityServiceUrl)));
    }

    [Fact]
    public async Task BotFrameworkToken_ServiceUrlDiffersOnlyInTrailingSlashAndHostCase_Succeeds()
    {
        var token = _server.CreateBotFrameworkToken(AppId, "HTTPS://SMBA.TrafficManager.net/amer", Now);

        var result = await AuthenticateAsync(Bearer(token), TeamsActivity(serviceUrl: "https://smba.trafficmanager.net/amer/"));

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task BotFrameworkToken_WithoutServiceUrlClaim_Fails()
    {
        var token = _server.CreateToken(BotFrameworkClaims() with { ServiceUrl = null });

        var result = await AuthenticateAsync(Bearer(token), TeamsActivity());

        AssertFailed(result, "token has no serviceurl claim");
    }

    [Fact]
    public async Task BotFrameworkToken_ActivityWithoutServiceUrl_Fails()
    {
        var token = _server.CreateBotFrameworkToken(AppId, ServiceUrl, Now);

        var result = await AuthenticateAsync(Bearer(token), TeamsActivity() with { ServiceUrl = null });

        AssertFailed(result, "serviceUrl does not match the token");
    }

    [Fact]
    public async Task UnsignedToken_Fails()
    {
        var token = _server.CreateUnsignedToken(BotFrameworkClaims());

        var result = await AuthenticateAsync(Bearer(token), TeamsActivity());

        AssertFailed(result, "unsigned token");
    }

    [Fact]
    public async Task HmacTokenUsingThePublicKeyAsSecret_Fails()
    {
        var token = _server.CreateHmacToken(BotFrameworkClaims());

        var result = await AuthenticateAsync(Bearer(token), TeamsActivity());

        AssertFailed(result, "signing algorithm not allowed");
    }

    [Fact]
    public async Task TokenSignedByUnknownKey_FailsAsUnknownKey()
    {
        var token = _server.CreateTokenWithUnknownKey(BotFrameworkClaims());

        var result = await AuthenticateAsync(Bearer(token), TeamsActivity());

        AssertFailed(result, "unknown signing key");
    }

    [Fact]
    public async Task TokenSignedByUnknownKeyClaimingTheTrustedKeyId_FailsAsInvalidSignature()
    {
        var token = _server.CreateTokenWithUnknownKey(BotFrameworkClaims(), reuseTrustedKeyId: true);

        var result = await AuthenticateAsync(Bearer(token), TeamsActivity());

        AssertFailed(result, "invalid signature");
    }

    [Fact]
    public async Task BotFrameworkKey_NotEndorsedForTheActivityChannel_Fails()
    {
        var token = _server.CreateBotFrameworkToken(AppId, ServiceUrl, Now);

        var result = await AuthenticateAsync(Bearer(token), TeamsActivity(channelId: "slack"));

        AssertFailed(result, "signing key is not endorsed for the channel");
    }

    [Fact]
    public async Task BotFrameworkKeyWithEndorsements_ActivityWithoutChannelId_Fails()
    {
        var token = _server.CreateBotFrameworkToken(AppId, ServiceUrl, Now);

        var result = await AuthenticateAsync(Bearer(token), TeamsActivity() with { ChannelId = null });

        AssertFailed(result, "signing key is not endorsed for the channel");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Bearer")]
    [InlineData("Bearer   ")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.e30.c2ln")]
    public async Task MissingOrNonBearerAuthorizationHeader_FailsWithoutThrowing(string? header)
    {
        var result = await AuthenticateAsync(header, TeamsActivity());

        AssertFailed(result, "missing or malformed Authorization header");
    }

    [Theory]
    [InlineData("Bearer garbage")]
    [InlineData("Bearer a.b.c")]
    [InlineData("Bearer ....")]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiJ9.!!!.sig")]
    public async Task GarbledBearerToken_FailsWithoutThrowing(string header)
    {
        var result = await AuthenticateAsync(header, TeamsActivity());

        AssertFailed(result, "malformed token");
    }

    [Theory]
    [InlineData("{\"alg\":\"RS256\",\"kid\":\"k\"}", "{\"iss\":123,\"aud\":\"x\"}")]
    [InlineData("{\"alg\":\"RS256\"}", "[1,2,3]")]
    [InlineData("{\"alg\":7}", "{\"iss\":\"https://api.botframework.com\"}")]
    [InlineData("not json", "{}")]
    [InlineData("{\"alg\":\"RS256\"}", "{\"iss\":\"https://api.botframework.com\",\"exp\":\"soon\",\"aud\":{}}")]
    public async Task HandCraftedTokenWithOddJson_FailsWithoutThrowing(string header, string payload)
    {
        var token = $"{Base64Url(header)}.{Base64Url(payload)}.c2lnbmF0dXJl";

        var result = await AuthenticateAsync(Bearer(token), TeamsActivity());

        Assert.False(result.Succeeded);
        Assert.NotNull(result.FailureReason);
    }

    [Fact]
    public async Task BearerSchemeIsCaseInsensitive()
    {
        var token = _server.CreateBotFrameworkToken(AppId, ServiceUrl, Now);

        var result = await AuthenticateAsync("bearer " + token, TeamsActivity());

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task UnreachableMetadata_FailsWithoutThrowing()
    {
        var options = CreateOptions(TenantId);
        // Port 9 (discard) on loopback: nothing listens there, so the connection is refused quickly.
        options.BotFrameworkOpenIdMetadataUrl = "http://127.0.0.1:9/v1/.well-known/openidconfiguration";
        var token = _server.CreateBotFrameworkToken(AppId, ServiceUrl, Now);

        var result = await AuthenticateAsync(Bearer(token), TeamsActivity(), options);

        AssertFailed(result, "signing keys unavailable");
    }

    [Fact]
    public async Task PlainHttpMetadataOnNonLoopbackHost_IsNeverFetched()
    {
        var options = CreateOptions(TenantId);
        options.BotFrameworkOpenIdMetadataUrl = "http://login.botframework.invalid/v1/.well-known/openidconfiguration";
        var token = _server.CreateBotFrameworkToken(AppId, ServiceUrl, Now);

        var result = await AuthenticateAsync(Bearer(token), TeamsActivity(), options);

        AssertFailed(result, "signing keys unavailable");
    }

    [Fact]
    public async Task Metadata_IsFetchedOnceAndReusedAcrossRequests()
    {
        await using var server = await TestOpenIdServer.StartAsync();
        var authenticator = CreateAuthenticator(CreateOptions(TenantId, server));

        for (var i = 0; i < 5; i++)
        {
            var token = server.CreateBotFrameworkToken(AppId, ServiceUrl, Now);
            var result = await authenticator.AuthenticateAsync(Bearer(token), TeamsActivity(), CancellationToken.None);
            Assert.True(result.Succeeded, result.FailureReason);
        }

        // One metadata document plus its key set.
        Assert.Equal(2, server.RequestCount);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net/amer", true)]
    [InlineData("https://SMBA.trafficmanager.net/amer/", "HTTPS://smba.trafficmanager.net/amer/", true)]
    [InlineData("https://smba.trafficmanager.net:443/amer/", "https://smba.trafficmanager.net/amer/", true)]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net/AMER/", false)]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net/emea/", false)]
    [InlineData("https://smba.trafficmanager.net/amer/", "http://smba.trafficmanager.net/amer/", false)]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net:8443/amer/", false)]
    [InlineData("https://smba.trafficmanager.net/", "not a url", false)]
    [InlineData("https://smba.trafficmanager.net/", null, false)]
    public void AreSameServiceUrl_ComparesAsUrls(string left, string? right, bool expected) =>
        Assert.Equal(expected, JwtInboundAuthenticator.AreSameServiceUrl(left, right));

    private Task<InboundAuthenticationResult> AuthenticateAsync(string? header, Activity activity, BotAuthenticationOptions? options = null) =>
        CreateAuthenticator(options ?? CreateOptions(TenantId)).AuthenticateAsync(header, activity, CancellationToken.None);

    private JwtInboundAuthenticator CreateAuthenticator(BotAuthenticationOptions options) =>
        new(
            Options.Create(options),
            HttpClientFactory.Instance,
            _trusted,
            _time,
            NullLogger<JwtInboundAuthenticator>.Instance);

    private BotAuthenticationOptions CreateOptions(string? tenantId, TestOpenIdServer? server = null) => new()
    {
        AppId = AppId,
        TenantId = tenantId,
        ClientSecret = "unused",
        BotFrameworkOpenIdMetadataUrl = (server ?? _server).BotFrameworkMetadataUrl.ToString(),
        EntraOpenIdMetadataUrl = (server ?? _server).EntraMetadataUrl.ToString(),
    };

    private static TestTokenClaims BotFrameworkClaims() => TestTokenClaims.BotFramework(AppId, ServiceUrl, Now);

    private static string Bearer(string token) => "Bearer " + token;

    private static string Base64Url(string json) => System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(json));

    private static Activity TeamsActivity(string channelId = "msteams", string serviceUrl = ServiceUrl) => new()
    {
        Type = ActivityTypes.Message,
        Id = "activity-1",
        ChannelId = channelId,
        ServiceUrl = serviceUrl,
        Text = "hello",
    };

    private static void AssertFailed(InboundAuthenticationResult result, string reason)
    {
        Assert.False(result.Succeeded);
        Assert.Null(result.Identity);
        Assert.Equal(reason, result.FailureReason);
    }

    private static class HttpClientFactory
    {
        public static readonly IHttpClientFactory Instance =
            new ServiceCollection().AddHttpClient().BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
    }
}
