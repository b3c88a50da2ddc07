using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace JourneyBot.BotKit.Connector;

/// <summary>Registers the Bot Connector client.</summary>
public static class ConnectorServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IConnectorClient"/> (a singleton over a named <see cref="HttpClient"/>), its
    /// <see cref="ConnectorClientOptions"/> bound to <c>Bot:Connector</c> and validated at start-up, and
    /// <see cref="TimeProvider.System"/> unless a <see cref="TimeProvider"/> is already registered.
    /// An <see cref="Authentication.IConnectorTokenProvider"/> must be registered separately.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The application's configuration root (the section is looked up in it).</param>
    public static IServiceCollection AddBotConnector(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<ConnectorClientOptions>()
            .Bind(configuration.GetSection(ConnectorClientOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ConnectorClientOptions>, ConnectorClientOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(ConnectorClient.HttpClientName)
            // Each attempt has its own timeout (ConnectorClientOptions.AttemptTimeout); a client-wide
            // timeout would cut across retries and back-off.
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            // A connector never redirects; a 3xx is surfaced as a failure rather than followed with the bot's token.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            // The bearer token must never reach a log, whatever level the HttpClient logging runs at.
            .RedactLoggedHeaders(["Authorization"]);

        services.TryAddSingleton<IConnectorClient, ConnectorClient>();
        return services;
    }
}
