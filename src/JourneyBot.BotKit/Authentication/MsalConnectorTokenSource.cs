using Microsoft.Identity.Client;

namespace JourneyBot.BotKit.Authentication;

/// <summary>
/// Client-credentials tokens for a single-tenant bot. One confidential client application for the
/// process, so MSAL's in-memory app token cache is shared by every call.
/// </summary>
internal sealed class MsalConnectorTokenSource : IConnectorTokenSource
{
    private readonly IConfidentialClientApplication _application;
    private readonly string[] _scopes;

    public MsalConnectorTokenSource(BotAuthenticationOptions options, IMsalHttpClientFactory? httpClientFactory = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(options.AppId);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.TenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ClientSecret);

        var builder = ConfidentialClientApplicationBuilder
            .Create(options.AppId)
            .WithClientSecret(options.ClientSecret)
            .WithAuthority($"{options.AuthorityHost.TrimEnd('/')}/{options.TenantId.Trim()}");
        _application = (httpClientFactory is null ? builder : builder.WithHttpClientFactory(httpClientFactory)).Build();
        _scopes = [options.ConnectorScope];
    }

    public async Task<ConnectorAccessToken> AcquireTokenAsync(CancellationToken cancellationToken)
    {
        var result = await _application.AcquireTokenForClient(_scopes).ExecuteAsync(cancellationToken);
        return new ConnectorAccessToken(result.AccessToken, result.ExpiresOn);
    }
}
