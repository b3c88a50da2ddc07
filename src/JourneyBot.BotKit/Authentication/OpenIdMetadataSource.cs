using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace JourneyBot.BotKit.Authentication;

/// <summary>
/// One family of token issuers (Bot Framework or Entra) and the cached OpenID metadata whose keys sign their tokens.
/// </summary>
internal sealed class OpenIdMetadataSource
{
    public OpenIdMetadataSource(
        string authenticationType,
        IReadOnlyList<string> issuers,
        bool requiresServiceUrlClaim,
        IConfigurationManager<OpenIdConnectConfiguration> configurationManager)
    {
        AuthenticationType = authenticationType;
        Issuers = issuers;
        RequiresServiceUrlClaim = requiresServiceUrlClaim;
        ConfigurationManager = configurationManager;
    }

    public string AuthenticationType { get; }

    public IReadOnlyList<string> Issuers { get; }

    /// <summary>Bot Framework tokens always bind the service URL; Entra tokens only sometimes carry it.</summary>
    public bool RequiresServiceUrlClaim { get; }

    /// <summary>Caches the metadata, refreshes it periodically and on request (an unknown key id).</summary>
    public IConfigurationManager<OpenIdConnectConfiguration> ConfigurationManager { get; }

    public bool Issues(string? issuer) =>
        issuer is not null && Issuers.Contains(issuer, StringComparer.Ordinal);

    public static OpenIdMetadataSource Create(
        string authenticationType,
        IReadOnlyList<string> issuers,
        bool requiresServiceUrlClaim,
        string metadataAddress,
        IDocumentRetriever documentRetriever) =>
        new(
            authenticationType,
            issuers,
            requiresServiceUrlClaim,
            new ConfigurationManager<OpenIdConnectConfiguration>(
                metadataAddress,
                new OpenIdConnectConfigurationRetriever(),
                documentRetriever));
}
