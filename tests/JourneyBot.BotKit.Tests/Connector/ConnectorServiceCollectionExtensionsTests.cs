using JourneyBot.BotKit.Authentication;
using JourneyBot.BotKit.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace JourneyBot.BotKit.Tests.Connector;

public sealed class ConnectorServiceCollectionExtensionsTests
{
    [Fact]
    public void Defaults_apply_when_the_section_is_absent()
    {
        using var services = Build([]);

        var options = services.GetRequiredService<IOptions<ConnectorClientOptions>>().Value;

        Assert.Equal(4, options.MaxAttempts);
        Assert.Equal(TimeSpan.FromMilliseconds(500), options.BaseDelay);
        Assert.Equal(TimeSpan.FromSeconds(30), options.MaxDelay);
        Assert.Equal(TimeSpan.FromSeconds(15), options.AttemptTimeout);
        Assert.Equal(TimeSpan.FromSeconds(30), options.MaxRetryAfter);
    }

    [Fact]
    public void The_Bot_Connector_section_is_bound()
    {
        using var services = Build(new()
        {
            ["Bot:Connector:MaxAttempts"] = "6",
            ["Bot:Connector:BaseDelay"] = "00:00:00.250",
            ["Bot:Connector:MaxDelay"] = "00:00:10",
            ["Bot:Connector:AttemptTimeout"] = "00:00:05",
            ["Bot:Connector:MaxRetryAfter"] = "00:01:00",
        });

        var options = services.GetRequiredService<IOptions<ConnectorClientOptions>>().Value;

        Assert.Equal(6, options.MaxAttempts);
        Assert.Equal(TimeSpan.FromMilliseconds(250), options.BaseDelay);
        Assert.Equal(TimeSpan.FromSeconds(10), options.MaxDelay);
        Assert.Equal(TimeSpan.FromSeconds(5), options.AttemptTimeout);
        Assert.Equal(TimeSpan.FromMinutes(1), options.MaxRetryAfter);
    }

    [Theory]
    [InlineData("MaxAttempts", "0")]
    [InlineData("MaxAttempts", "21")]
    [InlineData("BaseDelay", "-00:00:01")]
    [InlineData("MaxDelay", "00:00:00.100")]
    [InlineData("MaxDelay", "02:00:00")]
    [InlineData("AttemptTimeout", "00:00:00")]
    [InlineData("MaxRetryAfter", "-00:00:01")]
    public void Invalid_settings_fail_at_start_up(string setting, string value)
    {
        using var services = Build(new() { [$"Bot:Connector:{setting}"] = value });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_client_is_a_singleton_and_no_token_provider_is_registered()
    {
        var collection = new ServiceCollection().AddLogging();
        collection.AddBotConnector(new ConfigurationBuilder().Build());

        Assert.DoesNotContain(collection, d => d.ServiceType == typeof(IConnectorTokenProvider));
        var client = Assert.Single(collection, d => d.ServiceType == typeof(IConnectorClient));
        Assert.Equal(ServiceLifetime.Singleton, client.Lifetime);
    }

    [Fact]
    public void An_existing_TimeProvider_is_kept_and_the_system_one_is_added_otherwise()
    {
        var fake = new FakeTimeProvider();
        var withFake = new ServiceCollection().AddSingleton<TimeProvider>(fake);
        withFake.AddBotConnector(new ConfigurationBuilder().Build());
        var withoutFake = new ServiceCollection();
        withoutFake.AddBotConnector(new ConfigurationBuilder().Build());

        using var first = withFake.BuildServiceProvider();
        using var second = withoutFake.BuildServiceProvider();

        Assert.Same(fake, first.GetRequiredService<TimeProvider>());
        Assert.Same(TimeProvider.System, second.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void Calling_it_twice_registers_one_client()
    {
        var collection = new ServiceCollection().AddLogging().AddSingleton<IConnectorTokenProvider>(new StubTokenProvider(null));
        var configuration = new ConfigurationBuilder().Build();
        collection.AddBotConnector(configuration).AddBotConnector(configuration);

        using var services = collection.BuildServiceProvider();

        Assert.Single(services.GetServices<IConnectorClient>());
        Assert.Single(services.GetServices<IValidateOptions<ConnectorClientOptions>>());
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var collection = new ServiceCollection().AddLogging().AddSingleton<IConnectorTokenProvider>(new StubTokenProvider(null));
        collection.AddBotConnector(configuration);
        return collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
