using System.Reflection;
using Azure.Core;
using JourneyBot.BotKit.Authentication;
using JourneyBot.Deployment.Tests.Support;
using JourneyBot.Journeys;
using JourneyBot.Journeys.Sharing;
using JourneyBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace JourneyBot.Deployment.Tests;

/// <summary>
/// The app settings main.bicep gives the container are settings the host really reads, and together they pass the
/// host's start-up validation in Production (with sample values where only Azure knows the real ones).
/// </summary>
public sealed class AppSettingsTests
{
    private static readonly Dictionary<string, Type> Sections = new(StringComparer.Ordinal)
    {
        [BotAuthenticationOptions.SectionName] = typeof(BotAuthenticationOptions),
        [TableStorageOptions.SectionName] = typeof(TableStorageOptions),
        [MapLinkOptions.SectionName] = typeof(MapLinkOptions),
    };

    /// <summary>What Azure fills in at deployment, by setting: what the Bicep expression stands for.</summary>
    private static readonly Dictionary<string, string?> SampleValues = new(StringComparer.Ordinal)
    {
        ["Bot__AppId"] = "3c0ffee0-0000-4000-8000-000000000001",
        ["Bot__TenantId"] = "7e57e57e-0000-4000-8000-000000000002",
        ["Bot__ManagedIdentityClientId"] = "3c0ffee0-0000-4000-8000-000000000001",
        ["Bot__AllowedTenants__${i}"] = "7e57e57e-0000-4000-8000-000000000002",
        ["Storage__ServiceUri"] = "https://journeybotstabc.table.core.windows.net/",
        ["Storage__ManagedIdentityClientId"] = "3c0ffee0-0000-4000-8000-000000000001",
        ["MapLinks__PublicBaseUrl"] = "https://journeybot-app.happyhill-1a2b3c4d.westeurope.azurecontainerapps.io",
        ["MapLinks__SigningKey"] = Convert.ToBase64String(new byte[32]),
    };

    [Fact]
    public void Every_app_setting_names_a_property_of_the_options_the_host_binds()
    {
        var settings = BicepFile.AppSettings();

        Assert.NotEmpty(settings);
        foreach (var setting in settings.Where(s => !s.Name.StartsWith("ASPNETCORE_", StringComparison.Ordinal)))
        {
            var path = setting.ConfigurationKey.Split(':');
            Assert.True(Sections.TryGetValue(path[0], out var type), $"{setting.Name}: the host binds no options section '{path[0]}'.");
            var property = type.GetProperty(path[1], BindingFlags.Public | BindingFlags.Instance);
            Assert.True(property is not null, $"{setting.Name}: {type.Name} has no property {path[1]}.");
            if (path.Length == 3)
            {
                Assert.True(property.PropertyType.IsAssignableTo(typeof(System.Collections.IEnumerable)), $"{setting.Name}: {path[1]} is not a list.");
                Assert.True(int.TryParse(path[2], out _), $"{setting.Name}: a list item needs an index.");
            }
            else
            {
                Assert.Equal(2, path.Length);
            }
        }
    }

    [Fact]
    public void The_settings_use_the_managed_identity_and_hold_no_storage_key_or_client_secret()
    {
        var names = BicepFile.AppSettings().Select(s => s.Name).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("Storage__ServiceUri", names);
        Assert.Contains("Storage__ManagedIdentityClientId", names);
        Assert.Contains("Bot__ManagedIdentityClientId", names);
        Assert.DoesNotContain("Storage__ConnectionString", names);
        Assert.DoesNotContain("Bot__ClientSecret", names);
        Assert.Equal("UserAssignedMSI", Assert.Single(BicepFile.AppSettings(), s => s.Name == "Bot__AppType").Literal);
        Assert.True(Assert.Single(BicepFile.AppSettings(), s => s.Name == "MapLinks__SigningKey").IsSecretRef, "the signing key belongs in the app's secrets");
    }

    [Fact]
    public void The_settings_pass_the_hosts_start_up_validation_in_production()
    {
        using var host = HostWith(Settings(BicepFile.AppSettings()));

        host.Services.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal(
            new Uri("https://journeybotstabc.table.core.windows.net/"),
            host.Services.GetRequiredService<IOptions<TableStorageOptions>>().Value.ServiceUri);
    }

    [Fact]
    public void Without_the_managed_identity_client_id_the_host_refuses_the_settings()
    {
        // The check above can fail: the same settings less one the bot needs for UserAssignedMSI.
        var settings = Settings(BicepFile.AppSettings().Where(s => s.Name != "Bot__ManagedIdentityClientId"));
        using var host = HostWith(settings);

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Bot:ManagedIdentityClientId", error.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Settings(IEnumerable<AppSetting> settings) =>
        settings.ToDictionary(
            s => s.ConfigurationKey,
            s => s.Literal ?? (SampleValues.TryGetValue(s.Name, out var sample)
                ? sample
                : throw new InvalidOperationException($"main.bicep sets {s.Name} from {s.Value}: add a sample value to {nameof(SampleValues)}.")),
            StringComparer.Ordinal);

    private static IHost HostWith(Dictionary<string, string?> settings)
    {
        // No defaults: nothing from this machine's environment or appsettings files.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = settings["ASPNETCORE_ENVIRONMENT"], DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<TokenCredential>(new NoCredential());
        builder.Services.AddBotAuthentication(builder.Configuration, builder.Environment);
        builder.Services.AddJourneyStorage(builder.Configuration);
        builder.Services.AddJourneys(builder.Configuration);
        return builder.Build();
    }

    /// <summary>Stands in for the managed identity; never asked for a token here.</summary>
    private sealed class NoCredential : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("no token in this test");

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("no token in this test");
    }
}
