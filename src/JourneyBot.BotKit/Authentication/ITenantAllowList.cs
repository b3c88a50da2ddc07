namespace JourneyBot.BotKit.Authentication;

/// <summary>The tenants the bot serves (<c>Bot:AllowedTenants</c>): activities and links of any other tenant are refused.</summary>
public interface ITenantAllowList
{
    /// <summary>True when a list is configured; false when every tenant is served.</summary>
    bool IsRestricted { get; }

    /// <summary>
    /// Whether <paramref name="tenantId"/> is served. Without a list every tenant is, and so is "no tenant";
    /// with a list only the listed ones (compared ignoring case) are, and "no tenant" is not.
    /// </summary>
    bool IsAllowed(string? tenantId);
}
