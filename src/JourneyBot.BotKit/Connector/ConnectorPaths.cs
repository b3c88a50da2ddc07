namespace JourneyBot.BotKit.Connector;

/// <summary>The Connector REST API routes, relative to a channel's service URL.</summary>
internal static class ConnectorPaths
{
    public const string Conversations = "v3/conversations";

    public static string Activities(string conversationId) =>
        $"{Conversations}/{Segment(conversationId, nameof(conversationId))}/activities";

    public static string Activity(string conversationId, string activityId) =>
        $"{Activities(conversationId)}/{Segment(activityId, nameof(activityId))}";

    /// <summary>
    /// <paramref name="relativePath"/> under <paramref name="serviceUrl"/>, keeping the service URL's own
    /// path (Teams uses e.g. <c>https://smba.trafficmanager.net/amer/</c>) whether or not it ends in a slash.
    /// </summary>
    public static Uri Combine(Uri serviceUrl, string relativePath)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        if (!serviceUrl.IsAbsoluteUri || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("The service URL must be an absolute http(s) URL.", nameof(serviceUrl));
        }

        // String concatenation rather than new Uri(base, relative): the latter drops the last path
        // segment of a base without a trailing slash (".../amer" + "v3/..." = "/v3/...").
        var basePath = serviceUrl.GetLeftPart(UriPartial.Path);
        var separator = basePath.EndsWith('/') ? string.Empty : "/";
        return new Uri(basePath + separator + relativePath, UriKind.Absolute);
    }

    /// <summary>
    /// One path segment: Teams ids contain <c>: @ ; =</c> (and could contain <c>/ ? #</c>), so every id
    /// is percent-encoded as a whole.
    /// </summary>
    private static string Segment(string id, string parameterName)
    {
        ArgumentException.ThrowIfNullOrEmpty(id, parameterName);

        // "." and ".." survive escaping unchanged and would be removed by URI normalisation,
        // sending the call to a different resource.
        if (id is "." or "..")
        {
            throw new ArgumentException($"'{id}' is not a valid id.", parameterName);
        }

        return Uri.EscapeDataString(id);
    }
}
