using Microsoft.Extensions.Options;

namespace JourneyBot.Journeys.Exports;

/// <summary>Fails start-up with a message naming the setting when the import limits are unsafe or unusable.</summary>
internal sealed class ImportOptionsValidator : IValidateOptions<ImportOptions>
{
    public ValidateOptionsResult Validate(string? name, ImportOptions options)
    {
        var failures = new List<string>();
        foreach (var pattern in options.EffectiveAllowedHosts)
        {
            if (!IsHostPattern(pattern?.Trim()))
            {
                failures.Add($"{ImportOptions.SectionName}:{nameof(ImportOptions.AllowedDownloadHosts)}: “{pattern}” must be a host name or *.domain with at least two labels (e.g. *.sharepoint.com); a bare * would let messages make the bot fetch any address.");
            }
        }

        if (options.MaxDocumentBytes is <= 0 or > ImportOptions.MaxDocumentBytesLimit)
        {
            failures.Add($"{ImportOptions.SectionName}:{nameof(ImportOptions.MaxDocumentBytes)} must be between 1 and {ImportOptions.MaxDocumentBytesLimit}.");
        }

        if (options.DownloadTimeout <= TimeSpan.Zero || options.DownloadTimeout > TimeSpan.FromSeconds(60))
        {
            failures.Add($"{ImportOptions.SectionName}:{nameof(ImportOptions.DownloadTimeout)} must be between a second and a minute (a turn lasts at most a minute).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsHostPattern(string? pattern)
    {
        if (string.IsNullOrEmpty(pattern))
        {
            return false;
        }

        var host = pattern.StartsWith("*.", StringComparison.Ordinal) ? pattern[2..] : pattern;
        var labels = host.Split('.');
        var enoughLabels = pattern.StartsWith("*.", StringComparison.Ordinal) ? labels.Length >= 2 : labels.Length >= 1;
        return enoughLabels && !host.Contains('*', StringComparison.Ordinal) && Uri.CheckHostName(host) == UriHostNameType.Dns;
    }
}
