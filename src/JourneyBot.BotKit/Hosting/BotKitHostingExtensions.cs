using JourneyBot.BotKit.Authentication;
using JourneyBot.BotKit.Connector;
using JourneyBot.BotKit.Diagnostics;
using JourneyBot.BotKit.RateLimiting;
using JourneyBot.BotKit.Turns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace JourneyBot.BotKit.Hosting;

/// <summary>Wires the protocol layer into an ASP.NET Core host.</summary>
public static class BotKitHostingExtensions
{
    /// <summary>
    /// Adds authentication (section <c>Bot</c>), the connector client (<c>Bot:Connector</c>) and the
    /// HTTP adapter (<c>Bot:Adapter</c>) with its rate limits (<c>RateLimits</c>, validated on start). The application
    /// registers its <see cref="IBot"/>, state stores, <see cref="ITurnErrorHandler"/> and <see cref="IRateLimitedTurnHandler"/>.
    /// Turns and dialogs are traced and measured under <see cref="BotTelemetry.Name"/> (activity source and meter).
    /// </summary>
    public static IHostApplicationBuilder AddBotKit(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddBotAuthentication(builder.Configuration, builder.Environment);
        services.AddBotConnector(builder.Configuration);
        services.AddOptions<BotAdapterOptions>()
            .Bind(builder.Configuration.GetSection(BotAdapterOptions.SectionName))
            .Validate(o => o.MaxRequestBytes > 0 && o.TurnTimeout > TimeSpan.Zero, "Bot:Adapter limits must be positive.")
            .ValidateOnStart();
        services.AddOptions<RateLimitOptions>()
            .Bind(builder.Configuration.GetSection(RateLimitOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RateLimitOptions>, RateLimitOptionsValidator>());
        services.TryAddSingleton<TurnRateLimiter>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IActivitySender, ConnectorActivitySender>();
        services.AddMetrics();
        services.TryAddSingleton<TurnMetrics>();
        services.TryAddSingleton<IBotHttpAdapter, BotHttpAdapter>();
        return builder;
    }

    /// <summary>Maps <c>POST /api/messages</c>, where channels deliver activities.</summary>
    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages")
    {
        return endpoints.MapPost(pattern, (HttpContext http, IBotHttpAdapter adapter, IBot bot) =>
            adapter.ProcessAsync(http, bot, http.RequestAborted));
    }
}
