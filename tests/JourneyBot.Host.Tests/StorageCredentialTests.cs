using Microsoft.Extensions.Configuration;

namespace JourneyBot.Host.Tests;

/// <summary>Which identity the host signs in to Table Storage with when it uses an account URI (no live Azure).</summary>
public sealed class StorageCredentialTests
{
    [Fact]
    public void A_configured_managed_identity_client_id_picks_that_user_assigned_identity()
    {
        var options = StorageCredential.Options(Configuration(new()
        {
            ["Storage:ServiceUri"] = "https://journeybot.table.core.windows.net/",
            ["Storage:ManagedIdentityClientId"] = " 3c0ffee0-0000-4000-8000-000000000001 ",
        }));

        Assert.Equal("3c0ffee0-0000-4000-8000-000000000001", options.ManagedIdentityClientId);
    }

    [Fact]
    public void Without_a_client_id_the_credential_keeps_its_own_default()
    {
        var options = StorageCredential.Options(Configuration(new()
        {
            ["Storage:ServiceUri"] = "https://journeybot.table.core.windows.net/",
        }));

        // Azure.Identity's default: the AZURE_CLIENT_ID environment variable, or none.
        Assert.Equal(Environment.GetEnvironmentVariable("AZURE_CLIENT_ID"), options.ManagedIdentityClientId);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
