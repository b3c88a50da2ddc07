using JourneyBot.BotKit.Authentication;
using JourneyBot.BotKit.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JourneyBot.BotKit.Tests.Connector;

/// <summary>
/// Builds the connector client the way the host does (configuration + <c>AddBotConnector</c>), with
/// zero back-off unless a test sets it, a stub token provider and captured logs.
/// </summary>
internal sealed class ConnectorClientBuilder
{
    private readonly Dictionary<string, string?> _settings = new()
    {
        ["Bot:Connector:BaseDelay"] = "00:00:00",
        ["Bot:Connector:MaxDelay"] = "00:00:00",
    };

    private TimeProvider? _timeProvider;
    private string? _token;

    public CapturingLoggerProvider Logs { get; } = new();

    public StubTokenProvider? Tokens { get; private set; }

    public ConnectorClientBuilder With(string setting, string value)
    {
        _settings[$"{ConnectorClientOptions.SectionName}:{setting}"] = value;
        return this;
    }

    public ConnectorClientBuilder WithTimeProvider(TimeProvider timeProvider)
    {
        _timeProvider = timeProvider;
        return this;
    }

    public ConnectorClientBuilder WithToken(string? token)
    {
        _token = token;
        return this;
    }

    public ServiceProvider BuildServices()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(_settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        if (_timeProvider is not null)
        {
            services.AddSingleton(_timeProvider);
        }

        Tokens = new StubTokenProvider(_token);
        services.AddSingleton<IConnectorTokenProvider>(Tokens);
        services.AddBotConnector(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }
}
