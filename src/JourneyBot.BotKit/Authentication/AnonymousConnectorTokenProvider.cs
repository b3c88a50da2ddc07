namespace JourneyBot.BotKit.Authentication;

/// <summary>No token at all: local development without an app id, where the connector (a local tool) expects none.</summary>
internal sealed class AnonymousConnectorTokenProvider : IConnectorTokenProvider
{
    public Task<string?> GetTokenAsync(Uri serviceUrl, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
