using Azure.Core;
using Azure.Identity;

namespace JourneyBot.BotKit.Authentication;

/// <summary>Tokens from the bot's user-assigned managed identity.</summary>
internal sealed class ManagedIdentityConnectorTokenSource : IConnectorTokenSource
{
    private readonly ManagedIdentityCredential _credential;
    private readonly TokenRequestContext _request;

    public ManagedIdentityConnectorTokenSource(BotAuthenticationOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ManagedIdentityClientId);

        _credential = new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId.Trim()));
        _request = new TokenRequestContext([options.ConnectorScope]);
    }

    public async Task<ConnectorAccessToken> AcquireTokenAsync(CancellationToken cancellationToken)
    {
        var token = await _credential.GetTokenAsync(_request, cancellationToken);
        return new ConnectorAccessToken(token.Token, token.ExpiresOn);
    }
}
