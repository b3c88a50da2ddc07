using System.Net;
using System.Reflection;
using System.Text;
using JourneyBot.Host.Tests.Support;
using JourneyBot.TestSupport.Azurite;
using JourneyBot.TestSupport.Connector;
using JourneyBot.TestSupport.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace JourneyBot.Host.Tests;

/// <summary>
/// With an OTLP endpoint configured (OpenTelemetry's standard <c>OTEL_EXPORTER_OTLP_*</c> settings), a turn's spans
/// and the turn counter reach a collector over OTLP/HTTP; with none, no exporter exists and nothing is sent.
/// </summary>
public sealed class OtlpExportTests : IAsyncLifetime
{
    private readonly string _conversation = $"a:otlp-{Guid.NewGuid():N}";
    private OtlpReceiver _collector = null!;
    private FakeConnectorServer _connector = null!;
    private BotHostFactory? _host;

    public async Task InitializeAsync()
    {
        _collector = await OtlpReceiver.StartAsync();
        _connector = await FakeConnectorServer.StartAsync("teams");
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await _connector.DisposeAsync();
        await _collector.DisposeAsync();
    }

    [Fact]
    public async Task A_turns_spans_and_counter_reach_the_collector_over_http_protobuf()
    {
        using var client = await StartAsync(_collector.BaseAddress.AbsoluteUri, "http/protobuf");
        var activity = Activities.PersonalMessage(_connector.ServiceUrl.ToString(), _conversation, "help");
        using (var response = await client.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        // Flushing waits for the exports to be answered: no waiting on the clock.
        Assert.True(_host!.Services.GetRequiredService<TracerProvider>().ForceFlush());
        Assert.True(_host.Services.GetRequiredService<MeterProvider>().ForceFlush());
        Assert.True(_host.Services.GetRequiredService<LoggerProvider>().ForceFlush());

        var exports = _collector.Exports;
        Assert.All(exports, e => Assert.Equal("application/x-protobuf", e.ContentType));
        Assert.Contains(exports, e => e.Path == "/v1/traces" && e.Holds("bot.turn") && e.Holds(_conversation) && e.Holds("table insert"));
        Assert.Contains(exports, e => e.Path == "/v1/metrics" && e.Holds("journeybot.bot.turns") && e.Holds("journeybot.storage.table.transactions"));
        Assert.Contains(exports, e => e.Path == "/v1/traces" && e.Holds("journeybot"));   // the service name
        Assert.Contains(exports, e => e.Path == "/v1/logs" && e.Holds("is ready") && e.Holds("ConversationId"));
    }

    [Fact]
    public async Task With_no_endpoint_configured_no_exporter_is_registered_and_nothing_is_sent()
    {
        using var client = await StartAsync(endpoint: string.Empty, protocol: "http/protobuf");
        var activity = Activities.PersonalMessage(_connector.ServiceUrl.ToString(), _conversation, "help");
        using (var response = await client.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var tracer = _host!.Services.GetRequiredService<TracerProvider>();
        var meter = _host.Services.GetRequiredService<MeterProvider>();
        var logs = _host.Services.GetRequiredService<LoggerProvider>();
        Assert.True(tracer.ForceFlush());
        Assert.True(meter.ForceFlush());
        Assert.True(logs.ForceFlush());
        Assert.Null(Internal(tracer, "Processor"));
        Assert.Null(Internal(meter, "Reader"));
        Assert.Null(Internal(logs, "Processor"));
        Assert.Empty(_collector.Exports);
        Assert.NotEqual(true, ProbeSpanRecorded());   // spans nobody would export are not recorded
    }

    [Fact]
    public async Task The_exporter_check_sees_an_exporter_when_one_is_configured()
    {
        // Keeps the test above honest: the same inspection finds the exporters when an endpoint is set.
        using var client = await StartAsync(_collector.BaseAddress.AbsoluteUri, "http/protobuf");

        Assert.NotNull(Internal(_host!.Services.GetRequiredService<TracerProvider>(), "Processor"));
        Assert.NotNull(Internal(_host.Services.GetRequiredService<MeterProvider>(), "Reader"));
        Assert.NotNull(Internal(_host.Services.GetRequiredService<LoggerProvider>(), "Processor"));
        Assert.True(ProbeSpanRecorded());
    }

    /// <summary>
    /// Whether a span started on the bot's own source now, as a turn would, collects its data (null: not even built;
    /// an unsampled root span is still built, to carry the trace id onwards, but records nothing).
    /// </summary>
    private static bool? ProbeSpanRecorded()
    {
        using var source = new System.Diagnostics.ActivitySource(JourneyBot.BotKit.Diagnostics.BotTelemetry.Name);
        using var span = source.StartActivity("probe");
        return span?.IsAllDataRequested;
    }

    private async Task<HttpClient> StartAsync(string endpoint, string protocol)
    {
        _host = new BotHostFactory("Development", new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = await AzuriteServer.GetConnectionStringAsync(),
            ["Storage:TablePrefix"] = TestTablePrefix.Create("otlp"),
            ["Bot:AppId"] = string.Empty,
            ["Reminders:Enabled"] = "false",
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = endpoint,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = protocol,
            ["Telemetry:OtlpEndpoint"] = string.Empty,
            ["Logging:LogLevel:Default"] = "Information",
        });
        return _host.CreateClient();
    }

    /// <summary>The SDK's exporter pipeline (processor of spans, reader of metrics): not public, so read by reflection.</summary>
    private static object? Internal(object provider, string name)
    {
        var property = provider.GetType().GetProperty(name, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            ?? throw new InvalidOperationException($"{provider.GetType().Name} has no {name}: the OpenTelemetry SDK changed.");
        return property.GetValue(provider);
    }
}
