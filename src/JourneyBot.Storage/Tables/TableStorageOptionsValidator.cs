using Azure.Core;
using Microsoft.Extensions.Options;

namespace JourneyBot.Storage.Tables;

/// <summary>
/// Checks <see cref="TableStorageOptions"/> at start, so a misconfigured bot fails before its first turn.
/// Takes the registered credentials to check that a <see cref="TableStorageOptions.ServiceUri"/> can be reached.
/// </summary>
internal sealed class TableStorageOptionsValidator(IEnumerable<TokenCredential> credentials) : IValidateOptions<TableStorageOptions>
{
    public ValidateOptionsResult Validate(string? name, TableStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var hasConnectionString = !string.IsNullOrWhiteSpace(options.ConnectionString);
        var hasServiceUri = options.ServiceUri is not null;
        if (hasConnectionString == hasServiceUri)
        {
            failures.Add(
                $"Set exactly one of {TableStorageOptions.SectionName}:{nameof(options.ConnectionString)} (Azurite, development) " +
                $"and {TableStorageOptions.SectionName}:{nameof(options.ServiceUri)} (production, Entra ID); " +
                (hasConnectionString ? "both are set." : "neither is set."));
        }

        if (options.ServiceUri is { IsAbsoluteUri: false })
        {
            failures.Add($"{TableStorageOptions.SectionName}:{nameof(options.ServiceUri)} must be an absolute URI such as https://ACCOUNT.table.core.windows.net/.");
        }

        if (hasServiceUri && !hasConnectionString && !credentials.Any())
        {
            failures.Add(
                $"{TableStorageOptions.SectionName}:{nameof(options.ServiceUri)} is set, so a {nameof(TokenCredential)} must be registered " +
                "as a service (for example new DefaultAzureCredential() from Azure.Identity).");
        }

        if (!string.IsNullOrWhiteSpace(options.ManagedIdentityClientId) && !Guid.TryParse(options.ManagedIdentityClientId.Trim(), out _))
        {
            failures.Add(
                $"{TableStorageOptions.SectionName}:{nameof(options.ManagedIdentityClientId)} must be the client id (a GUID) of a " +
                "user-assigned managed identity, not its name or resource id.");
        }

        var prefix = options.TablePrefix ?? string.Empty;
        if (prefix.Length > 0 && (!char.IsAsciiLetter(prefix[0]) || !prefix.All(char.IsAsciiLetterOrDigit)))
        {
            failures.Add($"{TableStorageOptions.SectionName}:{nameof(options.TablePrefix)} '{prefix}' must be ASCII letters and digits, starting with a letter.");
        }

        if (prefix.Length > TableNames.MaxPrefixLength)
        {
            failures.Add($"{TableStorageOptions.SectionName}:{nameof(options.TablePrefix)} may be at most {TableNames.MaxPrefixLength} characters long.");
        }

        if (options.MaxRetries is < 0 or > 10)
        {
            failures.Add($"{TableStorageOptions.SectionName}:{nameof(options.MaxRetries)} must be between 0 and 10.");
        }

        if (options.RetryDelay <= TimeSpan.Zero || options.MaxRetryDelay < options.RetryDelay)
        {
            failures.Add($"{TableStorageOptions.SectionName}:{nameof(options.RetryDelay)} must be positive and at most {nameof(options.MaxRetryDelay)}.");
        }

        if (options.LargeReadConcurrency is < 1 or > 64)
        {
            failures.Add($"{TableStorageOptions.SectionName}:{nameof(options.LargeReadConcurrency)} must be between 1 and 64.");
        }

        if (options.NetworkTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{TableStorageOptions.SectionName}:{nameof(options.NetworkTimeout)} must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
