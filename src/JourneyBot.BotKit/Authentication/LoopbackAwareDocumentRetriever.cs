using Microsoft.IdentityModel.Protocols;

namespace JourneyBot.BotKit.Authentication;

/// <summary>
/// Fetches OpenID metadata and key sets over https, or over plain http from loopback hosts only.
/// Every address is checked, including the <c>jwks_uri</c> a metadata document points to.
/// </summary>
internal sealed class LoopbackAwareDocumentRetriever(IHttpClientFactory httpClientFactory) : IDocumentRetriever
{
    public const string HttpClientName = "JourneyBot.BotKit.OpenIdMetadata";

    public async Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        if (!MetadataAddress.IsAllowed(address))
        {
            throw new InvalidOperationException($"Refusing to fetch signing metadata from '{address}': https is required except on loopback hosts.");
        }

        // Metadata is fetched rarely (hours apart), so a fresh client from the factory per fetch
        // keeps DNS and connection rotation in the factory's hands.
        var retriever = new HttpDocumentRetriever(httpClientFactory.CreateClient(HttpClientName)) { RequireHttps = false };
        return await retriever.GetDocumentAsync(address, cancel);
    }
}
