namespace JourneyBot.BotKit.Authentication;

/// <summary>The bot refused to send its token to a service URL that is not on the allow-list.</summary>
public sealed class UntrustedServiceUrlException(Uri serviceUrl)
    : Exception($"Service URL host '{serviceUrl.Host}' is not a trusted connector host.")
{
    public Uri ServiceUrl { get; } = serviceUrl;
}
