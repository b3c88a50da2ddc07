namespace JourneyBot.BotKit.Authentication;

/// <summary>
/// Where connector tokens really come from (MSAL, managed identity). Kept apart from
/// <see cref="ConnectorTokenProvider"/> so its allow-list and caching can be tested without a network.
/// </summary>
internal interface IConnectorTokenSource
{
    Task<ConnectorAccessToken> AcquireTokenAsync(CancellationToken cancellationToken);
}
