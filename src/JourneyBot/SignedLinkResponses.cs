namespace JourneyBot;

/// <summary>Headers for any answer reached through a signed map link (a bearer link): the page and the exports.</summary>
internal static class SignedLinkResponses
{
    /// <summary>Never cached, never sniffed, and the link (with its token) never leaked through Referer.</summary>
    public static void SetPrivateHeaders(IHeaderDictionary headers)
    {
        headers.CacheControl = "no-store";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
    }
}
