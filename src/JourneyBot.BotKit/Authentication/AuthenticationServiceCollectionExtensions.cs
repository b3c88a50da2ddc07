using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JourneyBot.BotKit.Authentication;

/// <summary>Registers the bot's inbound token validation and outbound connector tokens.</summary>
public static partial class AuthenticationServiceCollectionExtensions
{
    /// <summary>The named <see cref="HttpClient"/> that fetches the bot's outbound tokens (client secret flow).</summary>
    public const string TokenHttpClientName = "JourneyBot.BotKit.Tokens";

    /// <summary>
    /// Binds <see cref="BotAuthenticationOptions"/> to the <c>Bot</c> section (validated when the host
    /// starts) and registers <see cref="IInboundAuthenticator"/>, <see cref="IConnectorTokenProvider"/>,
    /// <see cref="ITrustedServiceUrls"/>, <see cref="ITenantAllowList"/> and <see cref="TimeProvider.System"/> (each only if not yet registered).
    /// </summary>
    /// <remarks>
    /// <list type="bullet">
    /// <item>No <c>Bot:AppId</c> in Development: anonymous in and out, with a warning.</item>
    /// <item>No <c>Bot:AppId</c> elsewhere: the host fails to start.</item>
    /// <item><c>Bot:AppId</c> set: JWT validation inbound; outbound tokens from MSAL client credentials
    /// (<c>AppType</c> <c>SingleTenant</c>: needs <c>TenantId</c> and <c>ClientSecret</c>) or a user-assigned
    /// managed identity (<c>AppType</c> <c>UserAssignedMSI</c>: needs <c>ManagedIdentityClientId</c>).
    /// A missing setting fails start-up with a message naming it.</item>
    /// </list>
    /// </remarks>
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);

        services.AddOptions<BotAuthenticationOptions>()
            .Bind(configuration.GetSection(BotAuthenticationOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotAuthenticationOptions>>(
            new BotAuthenticationOptionsValidator(environment.IsDevelopment(), environment.EnvironmentName)));

        services.AddHttpClient(LoopbackAwareDocumentRetriever.HttpClientName);
        services.AddHttpClient(TokenHttpClientName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ITrustedServiceUrls, TrustedServiceUrls>();
        services.TryAddSingleton<ITenantAllowList, TenantAllowList>();
        services.TryAddSingleton(CreateInboundAuthenticator);
        services.TryAddSingleton(CreateConnectorTokenProvider);

        return services;
    }

    private static IInboundAuthenticator CreateInboundAuthenticator(IServiceProvider services)
    {
        // Reading Value runs the validator, so a bad configuration fails here too, not only on start.
        var options = services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;
        if (options.IsAnonymous)
        {
            // Singleton factory: runs once per container, so the warning is logged once.
            LogAnonymousMode(services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AuthenticationServiceCollectionExtensions)));
            return new AnonymousInboundAuthenticator();
        }

        return ActivatorUtilities.CreateInstance<JwtInboundAuthenticator>(services);
    }

    private static IConnectorTokenProvider CreateConnectorTokenProvider(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;
        if (options.IsAnonymous)
        {
            return new AnonymousConnectorTokenProvider();
        }

        IConnectorTokenSource source = BotAppTypes.IsUserAssignedManagedIdentity(options.AppType)
            ? new ManagedIdentityConnectorTokenSource(options)
            : new MsalConnectorTokenSource(options, new MsalHttpClientFactory(services.GetRequiredService<IHttpClientFactory>()));
        return ActivatorUtilities.CreateInstance<ConnectorTokenProvider>(services, source);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bot:AppId is not set: inbound activities are not authenticated and outbound calls carry no token. Development only.")]
    private static partial void LogAnonymousMode(ILogger logger);
}
