using JourneyBot.BotKit.Diagnostics;
using JourneyBot.Health;
using JourneyBot.Journeys.Reminders;
using JourneyBot.Storage.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace JourneyBot.Telemetry;

/// <summary>Traces, metrics and log correlation of the bot, exported over OTLP when an endpoint is configured.</summary>
internal static class TelemetryExtensions
{
    /// <summary>The activity sources whose spans the bot records.</summary>
    public static IReadOnlyList<string> Sources { get; } = [BotTelemetry.Name, TableRequestTracing.SourceName, ReminderTelemetry.Name];

    /// <summary>The meters whose instruments the bot records.</summary>
    public static IReadOnlyList<string> Meters { get; } = [BotTelemetry.Name, TableTransactionCounter.MeterName, ReminderTelemetry.Name];

    /// <summary>
    /// Registers OpenTelemetry tracing and metrics for the bot's own sources and meters (turns, dialogs, table
    /// requests, reminders) and for ASP.NET Core and outgoing HTTP calls, and puts the trace and span ids in every
    /// log line's scope. Only when <see cref="OtlpSettings.Resolve">an endpoint is configured</see> is an OTLP
    /// exporter added, for traces, metrics and logs; without one nothing is exported and nothing runs in the
    /// background.
    /// </summary>
    public static IHostApplicationBuilder AddJourneyBotTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Logging.Configure(options => options.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);

        var configuration = builder.Configuration;
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(
                serviceName: configuration["OTEL_SERVICE_NAME"] is { Length: > 0 } name ? name : "journeybot",
                serviceVersion: typeof(TelemetryExtensions).Assembly.GetName().Version?.ToString()))
            .WithTracing(tracing => tracing
                .AddSource([.. Sources])
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !HealthEndpoints.IsProbe(context.Request.Path))
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter([.. Meters])
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation());

        if (OtlpSettings.Resolve(configuration) is { } otlp)
        {
            otel.UseOtlpExporter(otlp.Protocol, otlp.Endpoint);
        }

        return builder;
    }
}
