namespace JourneyBot.BotKit.Authentication;

/// <summary>How the bot proves who it is and checks who calls it. Bound to the <c>Bot</c> section.</summary>
public sealed class BotAuthenticationOptions
{
    public const string SectionName = "Bot";

    /// <summary>The bot's Microsoft App ID (the audience of inbound tokens). Empty: anonymous, Development only.</summary>
    public string? AppId { get; set; }

    /// <summary><c>SingleTenant</c> (client secret) or <c>UserAssignedMSI</c> (managed identity).</summary>
    public string AppType { get; set; } = "SingleTenant";

    /// <summary>The bot's tenant: the authority of outbound tokens and an accepted Entra issuer.</summary>
    public string? TenantId { get; set; }

    /// <summary>Client secret for <c>SingleTenant</c>. Never logged.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Client id of the user-assigned managed identity for <c>UserAssignedMSI</c>.</summary>
    public string? ManagedIdentityClientId { get; set; }

    public string BotFrameworkOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    public string EntraOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    public string BotFrameworkIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>Authority host for client-credential tokens.</summary>
    public string AuthorityHost { get; set; } = "https://login.microsoftonline.com";

    /// <summary>Scope of outbound connector tokens.</summary>
    public string ConnectorScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Hosts (and their subdomains) the bot's token may be sent to.</summary>
    public IList<string> TrustedServiceHosts { get; } =
        ["botframework.com", "smba.trafficmanager.net", "botframework.azure.us", "botframework.azure.cn"];

    /// <summary>
    /// Tenant ids whose activities the bot serves. Empty (the default): any tenant. When set, an activity from
    /// another tenant, or naming no tenant, gets 403 and its turn does not run.
    /// </summary>
    public IList<string> AllowedTenants { get; } = [];

    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>True when no app id is configured: allowed only in the Development environment.</summary>
    public bool IsAnonymous => string.IsNullOrWhiteSpace(AppId);
}
