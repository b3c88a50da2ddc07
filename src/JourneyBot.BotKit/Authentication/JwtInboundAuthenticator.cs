using System.Security.Claims;
using System.Text.Json;
using JourneyBot.BotKit.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace JourneyBot.BotKit.Authentication;

/// <summary>
/// Validates the bearer JWT a channel sends with an activity: a Bot Framework token, or an Entra
/// token issued in the bot's own tenant. Bad input never throws; it yields a failure with a short reason.
/// </summary>
internal sealed partial class JwtInboundAuthenticator : IInboundAuthenticator
{
    internal const string ServiceUrlClaim = "serviceurl";
    internal const string EndorsementsField = "endorsements";

    private const string BearerScheme = "Bearer";

    private readonly BotAuthenticationOptions _options;
    private readonly IReadOnlyList<OpenIdMetadataSource> _sources;
    private readonly ITrustedServiceUrls _trustedServiceUrls;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<JwtInboundAuthenticator> _logger;
    private readonly JsonWebTokenHandler _handler = new();

    public JwtInboundAuthenticator(
        IOptions<BotAuthenticationOptions> options,
        IHttpClientFactory httpClientFactory,
        ITrustedServiceUrls trustedServiceUrls,
        TimeProvider timeProvider,
        ILogger<JwtInboundAuthenticator> logger)
        : this(options.Value, CreateSources(options.Value, new LoopbackAwareDocumentRetriever(httpClientFactory)), trustedServiceUrls, timeProvider, logger)
    {
    }

    internal JwtInboundAuthenticator(
        BotAuthenticationOptions options,
        IReadOnlyList<OpenIdMetadataSource> sources,
        ITrustedServiceUrls trustedServiceUrls,
        TimeProvider timeProvider,
        ILogger<JwtInboundAuthenticator> logger)
    {
        if (options.IsAnonymous)
        {
            throw new ArgumentException("JWT authentication needs Bot:AppId as the token audience.", nameof(options));
        }

        _options = options;
        _sources = sources;
        _trustedServiceUrls = trustedServiceUrls;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>The Bot Framework issuer, plus the two Entra issuer forms of the bot's tenant when one is configured.</summary>
    internal static IReadOnlyList<OpenIdMetadataSource> CreateSources(BotAuthenticationOptions options, IDocumentRetriever documentRetriever)
    {
        var sources = new List<OpenIdMetadataSource>
        {
            OpenIdMetadataSource.Create(
                BotAuthenticationTypes.BotFramework,
                [options.BotFrameworkIssuer],
                requiresServiceUrlClaim: true,
                options.BotFrameworkOpenIdMetadataUrl,
                documentRetriever),
        };

        if (!string.IsNullOrWhiteSpace(options.TenantId))
        {
            var tenantId = options.TenantId.Trim();
            sources.Add(OpenIdMetadataSource.Create(
                BotAuthenticationTypes.Entra,
                [$"https://sts.windows.net/{tenantId}/", $"https://login.microsoftonline.com/{tenantId}/v2.0"],
                requiresServiceUrlClaim: false,
                options.EntraOpenIdMetadataUrl,
                documentRetriever));
        }

        return sources;
    }

    public async Task<InboundAuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);

        if (!TryGetBearerToken(authorizationHeader, out var token))
        {
            return Fail("missing or malformed Authorization header", activity);
        }

        if (!TryReadUnvalidated(token, out var unvalidated))
        {
            return Fail("malformed token", activity);
        }

        // Cheap and explicit before any key lookup; the handler enforces the same rules again below.
        if (string.IsNullOrEmpty(unvalidated.EncodedSignature) || string.Equals(unvalidated.Alg, "none", StringComparison.OrdinalIgnoreCase))
        {
            return Fail("unsigned token", activity);
        }

        if (!string.Equals(unvalidated.Alg, SecurityAlgorithms.RsaSha256, StringComparison.Ordinal))
        {
            return Fail("signing algorithm not allowed", activity);
        }

        var source = _sources.FirstOrDefault(s => s.Issues(unvalidated.Issuer));
        if (source is null)
        {
            return Fail("untrusted issuer", activity);
        }

        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await source.ConfigurationManager.GetConfigurationAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogMetadataUnavailable(_logger, source.AuthenticationType, ex);
            return InboundAuthenticationResult.Failure("signing keys unavailable");
        }

        var result = await _handler.ValidateTokenAsync(token, CreateValidationParameters(source, configuration));
        if (!result.IsValid)
        {
            if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
            {
                // Keys roll over: ask for fresh metadata (rate-limited by the manager) so the next token signed with the new key passes.
                source.ConfigurationManager.RequestRefresh();
            }

            return Fail(DescribeFailure(result.Exception), activity);
        }

        var validated = (JsonWebToken)result.SecurityToken;

        var serviceUrlFailure = CheckServiceUrl(validated, activity, source.RequiresServiceUrlClaim);
        if (serviceUrlFailure is not null)
        {
            return Fail(serviceUrlFailure, activity);
        }

        var endorsementFailure = CheckEndorsements(validated, configuration, activity.ChannelId);
        if (endorsementFailure is not null)
        {
            return Fail(endorsementFailure, activity);
        }

        // Trust the service URL for replies only when the token itself vouches for it. An Entra token without the
        // claim proves who called, not where its connector lives, so trusting that URL would let any principal of
        // the tenant that can get a token for this app steer the bot's own token to a host of its choosing.
        if (validated.TryGetPayloadValue<string>(ServiceUrlClaim, out var vouched) && !string.IsNullOrWhiteSpace(vouched)
            && Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl))
        {
            _trustedServiceUrls.Trust(serviceUrl);
        }

        return InboundAuthenticationResult.Success(result.ClaimsIdentity);
    }

    private TokenValidationParameters CreateValidationParameters(OpenIdMetadataSource source, OpenIdConnectConfiguration configuration) => new()
    {
        ValidIssuers = source.Issuers,
        ValidAudience = _options.AppId,
        IssuerSigningKeys = configuration.SigningKeys,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidateLifetime = true,
        ValidateIssuerSigningKey = true,
        // A token must name its key: trying every key would hide which key (and endorsements) signed it.
        TryAllIssuerSigningKeys = false,
        ClockSkew = _options.ClockSkew,
        // The library's own lifetime check reads the system clock; this one reads the injected TimeProvider.
        LifetimeValidator = ValidateLifetime,
        AuthenticationType = source.AuthenticationType,
    };

    private bool ValidateLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        if (expires is null)
        {
            throw new SecurityTokenNoExpirationException("The token has no expiration time.");
        }

        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var skew = parameters.ClockSkew;
        if (notBefore is not null && notBefore.Value > now + skew)
        {
            throw new SecurityTokenNotYetValidException("The token is not yet valid.") { NotBefore = notBefore.Value };
        }

        if (expires.Value < now - skew)
        {
            throw new SecurityTokenExpiredException("The token has expired.") { Expires = expires.Value };
        }

        return true;
    }

    private static bool TryGetBearerToken(string? header, out string token)
    {
        token = string.Empty;
        if (string.IsNullOrWhiteSpace(header))
        {
            return false;
        }

        var trimmed = header.Trim();
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || !trimmed.AsSpan(0, space).Equals(BearerScheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        token = trimmed[(space + 1)..].Trim();
        return token.Length > 0;
    }

    private bool TryReadUnvalidated(string token, out JsonWebToken jwt)
    {
        jwt = null!;
        if (!_handler.CanReadToken(token))
        {
            return false;
        }

        try
        {
            jwt = _handler.ReadJsonWebToken(token);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string? CheckServiceUrl(JsonWebToken token, Activity activity, bool required)
    {
        if (!token.TryGetPayloadValue<string>(ServiceUrlClaim, out var claimed) || string.IsNullOrWhiteSpace(claimed))
        {
            return required ? "token has no serviceurl claim" : null;
        }

        return AreSameServiceUrl(claimed, activity.ServiceUrl) ? null : "serviceUrl does not match the token";
    }

    /// <summary>
    /// Equal as URLs: scheme and host compare case-insensitively (Uri normalizes them), the path
    /// exactly, and one trailing slash does not matter.
    /// </summary>
    internal static bool AreSameServiceUrl(string? left, string? right)
    {
        if (!Uri.TryCreate(left, UriKind.Absolute, out var a) || !Uri.TryCreate(right, UriKind.Absolute, out var b))
        {
            return false;
        }

        return a.Scheme == b.Scheme
            && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase)
            && a.Port == b.Port
            && string.Equals(a.AbsolutePath.TrimEnd('/'), b.AbsolutePath.TrimEnd('/'), StringComparison.Ordinal)
            && string.Equals(a.Query, b.Query, StringComparison.Ordinal);
    }

    private static string? CheckEndorsements(JsonWebToken token, OpenIdConnectConfiguration configuration, string? channelId)
    {
        var key = FindJsonWebKey(token.SigningKey, configuration);
        if (key is null)
        {
            // Cannot tell what the key is endorsed for: refuse rather than skip the check.
            return "signing key not found in the key set";
        }

        if (!key.AdditionalData.TryGetValue(EndorsementsField, out var raw) || raw is null)
        {
            return null;
        }

        var endorsements = ReadEndorsements(raw);
        return !string.IsNullOrEmpty(channelId) && endorsements.Contains(channelId, StringComparer.Ordinal)
            ? null
            : "signing key is not endorsed for the channel";
    }

    private static JsonWebKey? FindJsonWebKey(SecurityKey? signingKey, OpenIdConnectConfiguration configuration)
    {
        if (signingKey is JsonWebKey jsonWebKey)
        {
            return jsonWebKey;
        }

        if (signingKey?.KeyId is not { Length: > 0 } keyId || configuration.JsonWebKeySet is null)
        {
            return null;
        }

        return configuration.JsonWebKeySet.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));
    }

    private static IReadOnlyList<string> ReadEndorsements(object raw) => raw switch
    {
        string single => [single],
        JsonElement { ValueKind: JsonValueKind.Array } array =>
            [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)],
        JsonElement { ValueKind: JsonValueKind.String } element => [element.GetString()!],
        IEnumerable<object> items => [.. items.Select(i => i?.ToString()).OfType<string>()],
        _ => [],
    };

    private static string DescribeFailure(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "token expired",
        SecurityTokenNotYetValidException => "token not yet valid",
        SecurityTokenNoExpirationException => "token has no expiry",
        SecurityTokenInvalidAudienceException => "invalid audience",
        SecurityTokenInvalidIssuerException => "invalid issuer",
        SecurityTokenInvalidAlgorithmException => "signing algorithm not allowed",
        SecurityTokenSignatureKeyNotFoundException => "unknown signing key",
        SecurityTokenInvalidSignatureException => "invalid signature",
        SecurityTokenMalformedException => "malformed token",
        _ => "invalid token",
    };

    private InboundAuthenticationResult Fail(string reason, Activity activity)
    {
        LogRejected(_logger, reason, activity.ChannelId, activity.Id);
        return InboundAuthenticationResult.Failure(reason);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected inbound activity {ActivityId} from channel {ChannelId}: {Reason}")]
    private static partial void LogRejected(ILogger logger, string reason, string? channelId, string? activityId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not load {AuthenticationType} OpenID metadata; inbound tokens cannot be validated")]
    private static partial void LogMetadataUnavailable(ILogger logger, string authenticationType, Exception exception);
}
