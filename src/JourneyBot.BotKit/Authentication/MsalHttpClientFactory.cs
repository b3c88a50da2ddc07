using Microsoft.Identity.Client;

namespace JourneyBot.BotKit.Authentication;

/// <summary>
/// MSAL's token requests through the host's <see cref="IHttpClientFactory"/> (client
/// <see cref="AuthenticationServiceCollectionExtensions.TokenHttpClientName"/>): pooled connections, the host's
/// logging (which redacts headers), and a handler tests can replace with a local token endpoint.
/// </summary>
internal sealed class MsalHttpClientFactory(IHttpClientFactory httpClientFactory) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => httpClientFactory.CreateClient(AuthenticationServiceCollectionExtensions.TokenHttpClientName);
}
