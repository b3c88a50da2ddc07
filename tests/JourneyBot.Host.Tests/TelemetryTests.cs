using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using JourneyBot.BotKit.Diagnostics;
using JourneyBot.Host.Tests.Support;
using JourneyBot.Storage.Diagnostics;
using JourneyBot.TestSupport.Azurite;
using JourneyBot.TestSupport.Connector;
using JourneyBot.TestSupport.Http;
using JourneyBot.TestSupport.Telemetry;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JourneyBot.Host.Tests;

/// <summary>
/// What an operator sees of a turn: a <c>bot.turn</c> span with the activity's ids and outcome, the table requests
/// as its child spans, the dialog steps as spans named after the dialog, the turn counted by type and outcome, and
/// every log line of the turn carrying the activity, conversation and trace ids. Nothing anyone wrote is in it.
/// </summary>
public sealed class TelemetryTests : IAsyncLifetime
{
    private readonly string _tablePrefix = TestTablePrefix.Create("hosttel");
    private readonly string _conversation = $"a:tel-{Guid.NewGuid():N}";
    private readonly CapturedLogs _logs = new();
    private readonly SpanRecorder _spans = new(BotTelemetry.Name, TableRequestTracing.SourceName);
    private FakeConnectorServer _connector = null!;
    private BotHostFactory _factory = null!;
    private WebApplicationFactory<Program> _host = null!;
    private HttpClient _client = null!;
    private MetricRecorder _metrics = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnectorServer.StartAsync("teams");
        _factory = new BotHostFactory("Development", new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = await AzuriteServer.GetConnectionStringAsync(),
            ["Storage:TablePrefix"] = _tablePrefix,
            ["Bot:AppId"] = string.Empty,
            ["Reminders:Enabled"] = "false",
            ["Logging:LogLevel:Default"] = "Information",
        });
        _host = _factory.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Information).AddProvider(_logs)));
        _client = _host.CreateClient();
        _metrics = new MetricRecorder(_host.Services.GetRequiredService<IMeterFactory>(), BotTelemetry.Name);
    }

    public async Task DisposeAsync()
    {
        _metrics.Dispose();
        _spans.Dispose();
        _client.Dispose();
        await _host.DisposeAsync();
        await _factory.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task A_message_turn_is_one_span_with_its_ids_and_outcome_its_table_requests_are_child_spans_and_it_is_counted()
    {
        await SayAsync("help", id: "tel-help-1");

        var turn = Assert.Single(Turns());
        Assert.Equal("message", turn.GetTagItem(BotTelemetry.ActivityTypeTag));
        Assert.Equal("msteams", turn.GetTagItem(BotTelemetry.ChannelIdTag));
        Assert.Equal("tel-help-1", turn.GetTagItem(BotTelemetry.ActivityIdTag));
        Assert.Equal(TurnOutcomes.Completed, turn.GetTagItem(BotTelemetry.OutcomeTag));
        Assert.Equal(200, turn.GetTagItem(BotTelemetry.StatusCodeTag));

        // Claiming the activity id is the turn's first write: an insert into the activities table, answered.
        var tables = _spans.Descendants(turn).Where(s => s.Source.Name == TableRequestTracing.SourceName).ToList();
        var claim = Assert.Single(tables, s => Equals(s.GetTagItem(TableRequestTracing.TableTag), _tablePrefix + "activities") && s.DisplayName == "table insert");
        Assert.Equal("insert", claim.GetTagItem(TableRequestTracing.OperationTag));
        Assert.Equal("POST", claim.GetTagItem(TableRequestTracing.MethodTag));
        Assert.InRange((int)claim.GetTagItem(TableRequestTracing.StatusCodeTag)!, 200, 299);
        Assert.Equal(ActivityKind.Client, claim.Kind);

        var counted = Assert.Single(_metrics.Of(BotTelemetry.TurnsInstrument));
        Assert.Equal(1, counted.Value);
        Assert.Equal("message", counted.Tag(BotTelemetry.ActivityTypeTag));
        Assert.Equal(TurnOutcomes.Completed, counted.Tag(BotTelemetry.OutcomeTag));
        Assert.Single(_metrics.Of(BotTelemetry.TurnDurationInstrument));
    }

    [Fact]
    public async Task A_redelivered_activity_is_counted_as_a_duplicate()
    {
        await SayAsync("help", id: "tel-dup-1");
        await SayAsync("help", id: "tel-dup-1");

        Assert.Equal([TurnOutcomes.Completed, TurnOutcomes.Duplicate], Turns().Select(t => (string?)t.GetTagItem(BotTelemetry.OutcomeTag)));
        Assert.Equal([TurnOutcomes.Completed, TurnOutcomes.Duplicate], _metrics.Of(BotTelemetry.TurnsInstrument).Select(m => m.Tag(BotTelemetry.OutcomeTag)));
    }

    [Fact]
    public async Task Dialog_steps_are_spans_named_after_the_dialog_and_what_people_type_stays_out_of_telemetry()
    {
        await SayAsync("new map");
        await SayAsync("Quarterly pelican ledger");

        var turns = Turns();
        Assert.Equal(2, turns.Count);
        var first = Dialogs(turns[0]);
        Assert.Contains((BotTelemetry.DialogBeginSpan, "newMap", "waiting"), first);
        Assert.Contains((BotTelemetry.DialogBeginSpan, "mapName", "waiting"), first);

        // The name prompt takes the answer and ends; the new-map dialog resumes and asks for the persona.
        var second = Dialogs(turns[1]);
        Assert.Contains((BotTelemetry.DialogContinueSpan, "mapName", "waiting"), second);
        Assert.Contains((BotTelemetry.DialogResumeSpan, "newMap", "waiting"), second);
        Assert.Contains((BotTelemetry.DialogBeginSpan, "mapDescription", "waiting"), second);
        var ended = _spans.Descendants(turns[1]).SelectMany(s => s.Events).Single(e => e.Name == BotTelemetry.DialogEndEvent);
        Assert.Contains(new KeyValuePair<string, object?>(BotTelemetry.DialogIdTag, "mapName"), ended.Tags);

        var everything = turns.SelectMany(t => _spans.Descendants(t).Append(t))
            .SelectMany(s => s.TagObjects.Select(tag => tag.Value).Concat(s.Events.SelectMany(e => e.Tags.Select(tag => tag.Value))).Append(s.DisplayName))
            .Select(value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
        Assert.DoesNotContain(everything, value => value.Contains("pelican", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Every_log_line_of_a_turn_carries_the_activity_conversation_and_trace_ids_in_scope()
    {
        await SayAsync("help", id: "tel-log-1");
        await SayAsync("help", id: "tel-log-1");   // redelivered: the adapter logs that it skips it

        var turns = Turns();
        var inTurn = _logs.Entries.Where(e => e.Scopes.Contains("ActivityId=tel-log-1")).ToList();

        // The first turn creates the bot's tables (logged by storage), the second is skipped (logged by the adapter).
        var tableReady = Assert.Single(inTurn, e => e.Message == $"Table {_tablePrefix}activities is ready");
        var skipped = Assert.Single(inTurn, e => e.Message.Contains("already handled", StringComparison.Ordinal));
        foreach (var (entry, turn) in new[] { (tableReady, turns[0]), (skipped, turns[1]) })
        {
            Assert.Contains($"ConversationId={_conversation}", entry.Scopes);
            Assert.Contains($"TraceId={turn.TraceId}", entry.Scopes);
        }
    }

    private List<Activity> Turns() =>
        _spans.Tagged(BotTelemetry.ConversationIdTag, _conversation).Where(s => s.OperationName == BotTelemetry.TurnSpan).OrderBy(s => s.StartTimeUtc).ToList();

    private List<(string Span, string? Dialog, string? Status)> Dialogs(Activity turn) =>
        _spans.Descendants(turn)
            .Where(s => s.OperationName.StartsWith("bot.dialog.", StringComparison.Ordinal))
            .Select(s => (s.OperationName, (string?)s.GetTagItem(BotTelemetry.DialogIdTag), (string?)s.GetTagItem(BotTelemetry.DialogStatusTag)))
            .ToList();

    private async Task SayAsync(string text, string? id = null)
    {
        var activity = Activities.PersonalMessage(_connector.ServiceUrl.ToString(), _conversation, text, id);
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync("/api/messages", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
