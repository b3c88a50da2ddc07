using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace JourneyBot.TestSupport.Auth;

/// <summary>
/// A real local OpenID provider for authentication tests: a Kestrel server on <c>http://127.0.0.1</c>
/// (a free port) that serves a Bot Framework metadata document, an Entra metadata document and their
/// key sets, all with one freshly generated RSA key, and mints tokens signed with it (or deliberately not).
/// </summary>
/// <remarks>
/// Point the bot at it with <see cref="CreateBotConfiguration"/>. The Bot Framework key set gives the key
/// <c>endorsements</c> (<see cref="Endorsements"/>); the Entra key set lists the same key without endorsements, as Entra does.
/// </remarks>
public sealed class TestOpenIdServer : IAsyncDisposable
{
    /// <summary>Channels the signing key is endorsed for unless the test says otherwise.</summary>
    public static readonly IReadOnlyList<string> DefaultEndorsements = ["msteams", "webchat", "directline", "emulator"];

    /// <summary>The tenant <see cref="CreateBotConfiguration"/> configures unless told otherwise.</summary>
    public const string DefaultTenantId = "11111111-2222-3333-4444-555555555555";

    private const string BotFrameworkMetadataPath = "/v1/.well-known/openidconfiguration";
    private const string BotFrameworkKeysPath = "/v1/.well-known/keys";
    private const string EntraMetadataPath = "/common/v2.0/.well-known/openid-configuration";
    private const string EntraKeysPath = "/common/discovery/v2.0/keys";

    private readonly WebApplication _app;
    private readonly RSA _signingRsa = RSA.Create(2048);
    private readonly RSA _unknownRsa = RSA.Create(2048);
    private readonly JsonWebTokenHandler _tokenHandler = new() { SetDefaultTimesOnTokenCreation = false };
    private int _requestCount;
    private int _disposed;

    private TestOpenIdServer(WebApplication app, IReadOnlyList<string> endorsements)
    {
        _app = app;
        Endorsements = endorsements;
        KeyId = $"test-key-{Guid.NewGuid():N}";
    }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:54321/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The Bot Framework OpenID metadata document (for <c>Bot:BotFrameworkOpenIdMetadataUrl</c>).</summary>
    public Uri BotFrameworkMetadataUrl => new(BaseAddress, BotFrameworkMetadataPath);

    /// <summary>The Entra OpenID metadata document (for <c>Bot:EntraOpenIdMetadataUrl</c>).</summary>
    public Uri EntraMetadataUrl => new(BaseAddress, EntraMetadataPath);

    /// <summary>The <c>kid</c> of the trusted signing key.</summary>
    public string KeyId { get; }

    /// <summary>The channel ids the trusted key is endorsed for in the Bot Framework key set.</summary>
    public IReadOnlyList<string> Endorsements { get; }

    /// <summary>How many metadata documents and key sets have been served (to check that metadata is cached).</summary>
    public int RequestCount => Volatile.Read(ref _requestCount);

    /// <summary>Starts a server whose key is endorsed for <see cref="DefaultEndorsements"/>.</summary>
    public static Task<TestOpenIdServer> StartAsync(CancellationToken cancellationToken = default) =>
        StartAsync(DefaultEndorsements, cancellationToken);

    /// <summary>Starts a server whose key is endorsed for the given channel ids.</summary>
    public static async Task<TestOpenIdServer> StartAsync(IEnumerable<string> endorsements, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(endorsements);

        // The empty builder reads no appsettings, environment or console logging: nothing on the machine can change it.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

        var server = new TestOpenIdServer(builder.Build(), [.. endorsements]);
        server._app.Run(server.HandleAsync);
        await server._app.StartAsync(cancellationToken);

        var address = server._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>
    /// Configuration for the <c>Bot</c> section that makes the bot trust this server: app id, tenant,
    /// a placeholder client secret (start-up requires one; it is never used unless the bot calls a real connector)
    /// and both metadata URLs. Add it with <c>AddInMemoryCollection</c>.
    /// </summary>
    public IReadOnlyDictionary<string, string?> CreateBotConfiguration(string appId, string tenantId = DefaultTenantId) =>
        new Dictionary<string, string?>
        {
            ["Bot:AppId"] = appId,
            ["Bot:AppType"] = "SingleTenant",
            ["Bot:TenantId"] = tenantId,
            ["Bot:ClientSecret"] = "test-client-secret-not-used",
            ["Bot:BotFrameworkOpenIdMetadataUrl"] = BotFrameworkMetadataUrl.ToString(),
            ["Bot:EntraOpenIdMetadataUrl"] = EntraMetadataUrl.ToString(),
        };

    /// <summary>A Bot Framework token for <paramref name="appId"/> bound to <paramref name="serviceUrl"/>, valid around <paramref name="now"/>.</summary>
    public string CreateBotFrameworkToken(string appId, string serviceUrl, DateTimeOffset now) =>
        CreateToken(TestTokenClaims.BotFramework(appId, serviceUrl, now));

    /// <summary>A token signed (RS256) with the trusted key.</summary>
    public string CreateToken(string issuer, string audience, string? serviceUrl, DateTimeOffset expires) =>
        CreateToken(new TestTokenClaims(issuer, audience, expires) { ServiceUrl = serviceUrl });

    /// <summary>A token signed (RS256) with the trusted key.</summary>
    public string CreateToken(TestTokenClaims claims) =>
        Create(claims, new SigningCredentials(new RsaSecurityKey(_signingRsa) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256));

    /// <summary>An unsigned token (<c>alg: none</c>, empty signature).</summary>
    public string CreateUnsignedToken(TestTokenClaims claims) => Create(claims, signingCredentials: null);

    /// <summary>
    /// A token signed with an RSA key the server does not publish. With <paramref name="reuseTrustedKeyId"/>
    /// the header names the trusted key's <c>kid</c> (a forgery); otherwise a <c>kid</c> nobody knows.
    /// </summary>
    public string CreateTokenWithUnknownKey(TestTokenClaims claims, bool reuseTrustedKeyId = false) =>
        Create(claims, new SigningCredentials(
            new RsaSecurityKey(_unknownRsa) { KeyId = reuseTrustedKeyId ? KeyId : "unknown-test-key" },
            SecurityAlgorithms.RsaSha256));

    /// <summary>
    /// A token signed with HMAC-SHA256 using the trusted key's public modulus as the secret and the trusted
    /// <c>kid</c>: the classic algorithm-confusion forgery a validator must reject.
    /// </summary>
    public string CreateHmacToken(TestTokenClaims claims)
    {
        var modulus = _signingRsa.ExportParameters(includePrivateParameters: false).Modulus!;
        return Create(claims, new SigningCredentials(new SymmetricSecurityKey(modulus) { KeyId = KeyId }, SecurityAlgorithms.HmacSha256));
    }

    /// <summary>Stops the server and discards the keys.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
        _signingRsa.Dispose();
        _unknownRsa.Dispose();
    }

    private string Create(TestTokenClaims claims, SigningCredentials? signingCredentials)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var notBefore = claims.NotBefore ?? claims.Expires.AddHours(-1);
        var payload = new Dictionary<string, object>(claims.AdditionalClaims);
        if (claims.ServiceUrl is not null)
        {
            payload["serviceurl"] = claims.ServiceUrl;
        }

        return _tokenHandler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = claims.Issuer,
            Audience = claims.Audience,
            IssuedAt = notBefore.UtcDateTime,
            NotBefore = notBefore.UtcDateTime,
            Expires = claims.Expires.UtcDateTime,
            Claims = payload,
            SigningCredentials = signingCredentials,
        });
    }

    private async Task HandleAsync(HttpContext context)
    {
        var body = context.Request.Path.Value switch
        {
            BotFrameworkMetadataPath => MetadataDocument(TestTokenClaims.BotFrameworkIssuer, BotFrameworkKeysPath),
            BotFrameworkKeysPath => KeySet(Endorsements),
            EntraMetadataPath => MetadataDocument("https://login.microsoftonline.com/{tenantid}/v2.0", EntraKeysPath),
            EntraKeysPath => KeySet(endorsements: null),
            _ => null,
        };

        if (body is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        Interlocked.Increment(ref _requestCount);
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString(), Encoding.UTF8, context.RequestAborted);
    }

    private JsonObject MetadataDocument(string issuer, string keysPath) => new()
    {
        ["issuer"] = issuer,
        ["authorization_endpoint"] = new Uri(BaseAddress, "authorize").ToString(),
        ["jwks_uri"] = new Uri(BaseAddress, keysPath).ToString(),
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
    };

    private JsonObject KeySet(IReadOnlyList<string>? endorsements)
    {
        var parameters = _signingRsa.ExportParameters(includePrivateParameters: false);
        var key = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64Url.EncodeToString(parameters.Modulus),
            ["e"] = Base64Url.EncodeToString(parameters.Exponent),
        };
        if (endorsements is not null)
        {
            key["endorsements"] = new JsonArray([.. endorsements.Select(e => JsonValue.Create(e))]);
        }

        return new JsonObject { ["keys"] = new JsonArray(key) };
    }
}
