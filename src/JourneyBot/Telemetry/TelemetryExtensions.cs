using JourneyBot.BotKit.Diagnostics;
using JourneyBot.Health;
using JourneyBot.Journeys.Reminders;
using JourneyBot.Storage.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
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
    /// Registers OpenTelemetry tracing, metrics and logging for the bot's own sources and meters (turns, dialogs,
    /// table requests, reminders) and for ASP.NET Core and outgoing HTTP calls, and puts the trace and span ids in
    /// every log line's scope. Only when <see cref="OtlpSettings.Resolve">an endpoint is configured</see> are OTLP
    /// exporters added, for traces, metrics and logs; without one nothing is exported and no export runs in the
    /// background. The endpoint is read from the built configuration, so every configuration source counts.
    /// </summary>
    public static IHostApplicationBuilder AddJourneyBotTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Logging.Configure(options => options.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);

        var services = builder.Services;
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(
                serviceName: builder.Configuration["OTEL_SERVICE_NAME"] is { Length: > 0 } name ? name : "journeybot",
                serviceVersion: typeof(TelemetryExtensions).Assembly.GetName().Version?.ToString()))
            .WithTracing(tracing => tracing
                .AddSource([.. Sources])
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !HealthEndpoints.IsProbe(context.Request.Path))
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter([.. Meters])
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation())
            .WithLogging(configureBuilder: null, configureOptions: options => options.IncludeScopes = true);

        // Decided once the configuration is complete (a test host adds its settings only when the app is built).
        services.ConfigureOpenTelemetryTracerProvider((provider, tracing) =>
        {
            if (Otlp(provider) is { } otlp)
            {
                tracing.AddProcessor(new BatchActivityExportProcessor(new OtlpTraceExporter(otlp.ExporterOptions(OtlpSignal.Traces))));
            }
            else
            {
                // Nothing would export the spans: don't record them (every turn would otherwise fill in a dozen).
                tracing.SetSampler(new AlwaysOffSampler());
            }
        });
        services.ConfigureOpenTelemetryMeterProvider((provider, metrics) =>
        {
            if (Otlp(provider) is { } otlp)
            {
                metrics.AddReader(new PeriodicExportingMetricReader(new OtlpMetricExporter(otlp.ExporterOptions(OtlpSignal.Metrics))));
            }
        });
        services.ConfigureOpenTelemetryLoggerProvider((provider, logging) =>
        {
            if (Otlp(provider) is { } otlp)
            {
                logging.AddProcessor(new BatchLogRecordExportProcessor(new OtlpLogExporter(otlp.ExporterOptions(OtlpSignal.Logs))));
            }
        });
        return builder;
    }

    private static OtlpSettings? Otlp(IServiceProvider provider) => OtlpSettings.Resolve(provider.GetRequiredService<IConfiguration>());
}
