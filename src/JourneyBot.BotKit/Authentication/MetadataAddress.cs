namespace JourneyBot.BotKit.Authentication;

/// <summary>Which addresses signing keys may be fetched from.</summary>
internal static class MetadataAddress
{
    /// <summary>
    /// https anywhere; plain http only on a loopback host, so tests can serve metadata locally
    /// without a certificate while a misconfigured production URL cannot downgrade key retrieval.
    /// </summary>
    public static bool IsAllowed(string? address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && IsAllowed(uri);

    public static bool IsAllowed(Uri uri) =>
        uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback);
}
