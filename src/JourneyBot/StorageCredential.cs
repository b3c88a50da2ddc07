using Azure.Identity;
using JourneyBot.Storage;

namespace JourneyBot;

/// <summary>How the host signs in to Table Storage when it is given an account URI (<c>Storage:ServiceUri</c>).</summary>
internal static class StorageCredential
{
    /// <summary>
    /// The <see cref="DefaultAzureCredential"/> options: <c>Storage:ManagedIdentityClientId</c>, when set, picks the
    /// user-assigned identity (an app can carry several; without it the credential would try the system-assigned one).
    /// </summary>
    public static DefaultAzureCredentialOptions Options(IConfiguration configuration)
    {
        var options = new DefaultAzureCredentialOptions();
        var clientId = configuration[$"{TableStorageOptions.SectionName}:{nameof(TableStorageOptions.ManagedIdentityClientId)}"];
        if (!string.IsNullOrWhiteSpace(clientId))
        {
            options.ManagedIdentityClientId = clientId.Trim();
        }

        return options;
    }
}
