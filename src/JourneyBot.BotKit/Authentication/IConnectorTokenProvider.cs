namespace JourneyBot.BotKit.Authentication;

/// <summary>Supplies the bearer token the bot sends to a connector.</summary>
public interface IConnectorTokenProvider
{
    /// <summary>
    /// A token for calls to <paramref name="serviceUrl"/>, or null to call anonymously
    /// (only in local development without an app id). Throws
    /// <see cref="UntrustedServiceUrlException"/> rather than hand a token to a host that is not trusted.
    /// </summary>
    Task<string?> GetTokenAsync(Uri serviceUrl, CancellationToken cancellationToken);
}
