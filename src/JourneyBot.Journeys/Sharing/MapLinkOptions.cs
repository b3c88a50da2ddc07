namespace JourneyBot.Journeys.Sharing;

/// <summary>
/// Settings of the signed links to a map's page and exports (section <c>MapLinks</c>).
/// </summary>
public sealed class MapLinkOptions
{
    public const string SectionName = "MapLinks";

    /// <summary>The shortest signing key accepted, in bytes (HMAC-SHA256 wants at least its output size).</summary>
    public const int MinKeyBytes = 32;

    /// <summary>
    /// Base64 HMAC key (at least 32 bytes) shared by every instance, so a link made by one works on all.
    /// In Development, when empty, a random key is made at start-up (links then die with the process).
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>The bot's public address, e.g. <c>https://journeybot.contoso.com</c>; links are made under it.</summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>How long a link works after it was handed out.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromDays(7);
}
