namespace JourneyBot.Journeys.Exports;

/// <summary>
/// Limits of <c>import</c> (section <c>Imports</c>). The bot fetches an attached file only over https from
/// hosts in <see cref="AllowedDownloadHosts"/>, never follows redirects, and stops at
/// <see cref="MaxDocumentBytes"/> or <see cref="DownloadTimeout"/>: a message must not be able to make the bot
/// call into the network it runs in (SSRF).
/// </summary>
public sealed class ImportOptions
{
    public const string SectionName = "Imports";

    /// <summary>The named <see cref="HttpClient"/> that downloads attached files.</summary>
    public const string HttpClientName = "JourneyBot.Imports";

    /// <summary>The most <see cref="MaxDocumentBytes"/> may be set to.</summary>
    public const int MaxDocumentBytesLimit = 16 * 1024 * 1024;

    /// <summary>Where Teams keeps files people attach in chats and channels (OneDrive and SharePoint).</summary>
    public static IReadOnlyList<string> DefaultAllowedDownloadHosts { get; } = ["*.sharepoint.com"];

    /// <summary>
    /// Host names files may be downloaded from: exact (<c>files.contoso.com</c>) or a subdomain wildcard
    /// (<c>*.sharepoint.com</c>, which does not match <c>sharepoint.com</c> itself). Unset: <see cref="DefaultAllowedDownloadHosts"/>.
    /// </summary>
    public string[]? AllowedDownloadHosts { get; set; }

    /// <summary>The largest document imported, pasted, inline or downloaded.</summary>
    public int MaxDocumentBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>How long a download may take, headers and body.</summary>
    public TimeSpan DownloadTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>The host patterns in force.</summary>
    public IReadOnlyList<string> EffectiveAllowedHosts =>
        AllowedDownloadHosts is { Length: > 0 } configured ? configured : DefaultAllowedDownloadHosts;

    /// <summary>True for an https URL on the default port whose host matches <see cref="EffectiveAllowedHosts"/>.</summary>
    public bool IsAllowed(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || url.Scheme != Uri.UriSchemeHttps || !url.IsDefaultPort
            || url.HostNameType != UriHostNameType.Dns || url.UserInfo.Length > 0)
        {
            return false;
        }

        var host = url.IdnHost.TrimEnd('.').ToLowerInvariant();
        return EffectiveAllowedHosts.Any(pattern => Matches(host, pattern.Trim().ToLowerInvariant()));
    }

    private static bool Matches(string host, string pattern) =>
        pattern.StartsWith("*.", StringComparison.Ordinal)
            ? host.Length > pattern.Length - 1 && host.EndsWith(pattern[1..], StringComparison.Ordinal)
            : host == pattern;
}
