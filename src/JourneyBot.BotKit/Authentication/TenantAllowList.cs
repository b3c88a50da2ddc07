using Microsoft.Extensions.Options;

namespace JourneyBot.BotKit.Authentication;

/// <summary>
/// <see cref="BotAuthenticationOptions.AllowedTenants"/>, read through the options monitor so a tenant
/// removed from the configuration is refused as soon as the configuration reloads.
/// </summary>
internal sealed class TenantAllowList(IOptionsMonitor<BotAuthenticationOptions> options) : ITenantAllowList
{
    public bool IsRestricted => options.CurrentValue.AllowedTenants.Count > 0;

    public bool IsAllowed(string? tenantId)
    {
        var allowed = options.CurrentValue.AllowedTenants;
        if (allowed.Count == 0)
        {
            return true;
        }

        // Entra tenant ids are GUIDs, which Teams may send in either case.
        return !string.IsNullOrWhiteSpace(tenantId)
            && allowed.Any(entry => string.Equals(entry.Trim(), tenantId.Trim(), StringComparison.OrdinalIgnoreCase));
    }
}
