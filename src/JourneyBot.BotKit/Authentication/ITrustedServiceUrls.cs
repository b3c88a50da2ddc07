namespace JourneyBot.BotKit.Authentication;

/// <summary>
/// The connector hosts the bot's token may be sent to: the configured allow-list plus the
/// service URLs of activities that passed inbound authentication.
/// </summary>
public interface ITrustedServiceUrls
{
    bool IsTrusted(Uri serviceUrl);

    /// <summary>Records the service URL of an authenticated inbound activity.</summary>
    void Trust(Uri serviceUrl);
}
