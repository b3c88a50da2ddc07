using Microsoft.Extensions.Options;

namespace JourneyBot.BotKit.Authentication;

/// <summary>
/// Start-up checks of the <c>Bot</c> section. Each failure names the setting to fix; secrets are never echoed.
/// </summary>
internal sealed class BotAuthenticationOptionsValidator(bool isDevelopment, string environmentName)
    : IValidateOptions<BotAuthenticationOptions>
{
    private const string Section = BotAuthenticationOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, BotAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        // Checked in anonymous mode too: the allow-list applies to the Playground as well.
        if (options.AllowedTenants.Any(string.IsNullOrWhiteSpace))
        {
            failures.Add($"{Section}:AllowedTenants must not contain empty entries.");
        }

        if (options.IsAnonymous)
        {
            if (!isDevelopment)
            {
                failures.Add(
                    $"{Section}:AppId is required in the '{environmentName}' environment. Anonymous (unauthenticated) mode is allowed only in Development.");
            }

            return Result(failures);
        }

        if (BotAppTypes.IsSingleTenant(options.AppType))
        {
            RequireSetting(failures, options.TenantId, "TenantId", BotAppTypes.SingleTenant);
            RequireSetting(failures, options.ClientSecret, "ClientSecret", BotAppTypes.SingleTenant);
        }
        else if (BotAppTypes.IsUserAssignedManagedIdentity(options.AppType))
        {
            RequireSetting(failures, options.ManagedIdentityClientId, "ManagedIdentityClientId", BotAppTypes.UserAssignedManagedIdentity);
        }
        else
        {
            failures.Add(
                $"{Section}:AppType '{options.AppType}' is not supported; use '{BotAppTypes.SingleTenant}' or '{BotAppTypes.UserAssignedManagedIdentity}'.");
        }

        RequireMetadataUrl(failures, options.BotFrameworkOpenIdMetadataUrl, nameof(BotAuthenticationOptions.BotFrameworkOpenIdMetadataUrl));
        RequireMetadataUrl(failures, options.EntraOpenIdMetadataUrl, nameof(BotAuthenticationOptions.EntraOpenIdMetadataUrl));

        if (string.IsNullOrWhiteSpace(options.BotFrameworkIssuer))
        {
            failures.Add($"{Section}:BotFrameworkIssuer must not be empty.");
        }

        if (!Uri.TryCreate(options.AuthorityHost, UriKind.Absolute, out var authority) || authority.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add($"{Section}:AuthorityHost must be an absolute https URL.");
        }

        if (string.IsNullOrWhiteSpace(options.ConnectorScope))
        {
            failures.Add($"{Section}:ConnectorScope must not be empty.");
        }

        if (options.ClockSkew < TimeSpan.Zero || options.ClockSkew > TimeSpan.FromMinutes(10))
        {
            failures.Add($"{Section}:ClockSkew must be between 0 and 10 minutes.");
        }

        return Result(failures);
    }

    private static void RequireSetting(List<string> failures, string? value, string setting, string appType)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{Section}:{setting} is required when {Section}:AppType is '{appType}'.");
        }
    }

    private static void RequireMetadataUrl(List<string> failures, string? value, string setting)
    {
        if (!MetadataAddress.IsAllowed(value))
        {
            failures.Add($"{Section}:{setting} must be an absolute https URL (plain http only on a loopback host).");
        }
    }

    private static ValidateOptionsResult Result(List<string> failures) =>
        failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
}
