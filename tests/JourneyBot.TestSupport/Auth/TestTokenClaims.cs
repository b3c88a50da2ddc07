namespace JourneyBot.TestSupport.Auth;

/// <summary>
/// What a test token says: issuer, audience, lifetime, the <c>serviceurl</c> claim and any extra claims.
/// Use the factory methods for realistic Bot Framework and Entra tokens and <c>with</c> expressions to break one thing.
/// </summary>
/// <param name="Issuer">The <c>iss</c> claim.</param>
/// <param name="Audience">The <c>aud</c> claim: the bot's app id for a valid token.</param>
/// <param name="Expires">The <c>exp</c> claim.</param>
public sealed record TestTokenClaims(string Issuer, string Audience, DateTimeOffset Expires)
{
    /// <summary>The issuer of tokens from the Bot Framework token service.</summary>
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    /// <summary>The <c>serviceurl</c> claim, or null to leave it out.</summary>
    public string? ServiceUrl { get; init; }

    /// <summary>The <c>nbf</c> and <c>iat</c> claims; null means an hour before <see cref="Expires"/>.</summary>
    public DateTimeOffset? NotBefore { get; init; }

    /// <summary>Further payload claims (for example <c>appid</c>, <c>tid</c>, <c>ver</c>).</summary>
    public IReadOnlyDictionary<string, object> AdditionalClaims { get; init; } = new Dictionary<string, object>();

    /// <summary>The Entra v1 issuer of a tenant: <c>https://sts.windows.net/{tenantId}/</c>.</summary>
    public static string EntraV1Issuer(string tenantId) => $"https://sts.windows.net/{tenantId}/";

    /// <summary>The Entra v2 issuer of a tenant: <c>https://login.microsoftonline.com/{tenantId}/v2.0</c>.</summary>
    public static string EntraV2Issuer(string tenantId) => $"https://login.microsoftonline.com/{tenantId}/v2.0";

    /// <summary>A token as a channel sends it through the Bot Framework: valid from a minute before <paramref name="now"/> for an hour.</summary>
    public static TestTokenClaims BotFramework(string appId, string serviceUrl, DateTimeOffset now) =>
        new(BotFrameworkIssuer, appId, now.AddHours(1))
        {
            ServiceUrl = serviceUrl,
            NotBefore = now.AddMinutes(-1),
        };

    /// <summary>An Entra v1 token (as the Emulator or Agents tooling sends) for the bot's tenant, without a <c>serviceurl</c> claim.</summary>
    public static TestTokenClaims EntraV1(string tenantId, string appId, DateTimeOffset now) =>
        new(EntraV1Issuer(tenantId), appId, now.AddHours(1))
        {
            NotBefore = now.AddMinutes(-1),
            AdditionalClaims = new Dictionary<string, object> { ["tid"] = tenantId, ["appid"] = appId, ["ver"] = "1.0" },
        };

    /// <summary>An Entra v2 token for the bot's tenant, without a <c>serviceurl</c> claim.</summary>
    public static TestTokenClaims EntraV2(string tenantId, string appId, DateTimeOffset now) =>
        new(EntraV2Issuer(tenantId), appId, now.AddHours(1))
        {
            NotBefore = now.AddMinutes(-1),
            AdditionalClaims = new Dictionary<string, object> { ["tid"] = tenantId, ["azp"] = appId, ["ver"] = "2.0" },
        };
}
