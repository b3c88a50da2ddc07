using JourneyBot.BotKit.Schema;
using JourneyBot.BotKit.State;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Actions;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;
using JourneyBot.Domain.Reminders;
using JourneyBot.Journeys.Reminders;
using JourneyBot.Journeys.Tests.Support;
using JourneyBot.TestSupport.Azurite;
using JourneyBot.TestSupport.Connector;
using JourneyBot.TestSupport.Telemetry;
using JourneyBot.TestSupport.Transcripts;
using ActivityStatusCode = System.Diagnostics.ActivityStatusCode;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace JourneyBot.Journeys.Tests.Reminders;

// Real storage in Azurite, the real connector client against a fake connector; each test has tables of its own.
public sealed class ReminderDispatcherTests : IAsyncLifetime
{
    // Monday 2026-11-23 06:00 UTC.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 6, 0, 0, TimeSpan.Zero));
    private readonly List<JourneyBotTestHost> _hosts = [];
    private FakeConnectorServer _connector = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnectorServer.StartAsync();
        await AddHostAsync(TestTablePrefix.Create("remind"));
    }

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        await _connector.DisposeAsync();
    }

    private JourneyBotTestHost Host => _hosts[0];

    private async Task<JourneyBotTestHost> AddHostAsync(string prefix)
    {
        var host = new JourneyBotTestHost { Time = _time, TablePrefix = prefix };
        await host.InitializeAsync();
        _hosts.Add(host);
        return host;
    }

    /// <summary>A map reminded weekly on Monday 09:00 UTC in a conversation of its own, whose reference points at the fake connector.</summary>
    private async Task<(JourneyMap Map, string ConversationId)> MapAsync(string name, ReviewCadence? cadence = null)
    {
        var conversationId = $"a:{Guid.NewGuid():N}";
        var scope = new MapScope("tenant-1", $"msteams:conversation:{conversationId}");
        var map = MapLayouts.Create("m" + Guid.NewGuid().ToString("N")[..6], scope, name, "Persona", "Goal", MapTemplate.CustomerJourney, new Person("29:alice", "Alice"), _time.GetUtcNow(), key => key)
            with { Cadence = cadence ?? new ReviewCadence { Every = 1, Weekday = DayOfWeek.Monday } };
        await Host.Maps.CreateAsync(map, default);
        await Host.Services.GetRequiredService<IConversationReferenceStore>().SaveAsync(
            new ConversationReference
            {
                Bot = TestConversation.Bot,
                User = TestConversation.Alice,
                ChannelId = "msteams",
                ServiceUrl = _connector.ServiceUrl.AbsoluteUri,
                Locale = "en-US",
                Conversation = new ConversationAccount { Id = conversationId, TenantId = "tenant-1", ConversationType = "personal" },
            },
            default);
        await Host.Services.GetRequiredService<ReminderScheduler>().ScheduleAsync(map, new ReminderTarget("tenant-1", conversationId), default);
        return (map, conversationId);
    }

    private static ReminderDispatcher Dispatcher(JourneyBotTestHost host) => host.Services.GetRequiredService<ReminderDispatcher>();

    private List<Activity> CardsTo(string conversationId) =>
        _connector.Calls.Where(c => c.Succeeded && c.Operation == ConnectorOperation.SendToConversation && c.ConversationId == conversationId).Select(c => c.Activity!).ToList();

    [Fact]
    public async Task A_due_reminder_arrives_as_a_card_with_review_snooze_and_summary_buttons_and_the_next_is_a_week_later()
    {
        var (map, conversation) = await MapAsync("Checkout");
        Assert.Equal(0, await Dispatcher(Host).RunOnceAsync(default));

        _time.Advance(TimeSpan.FromHours(3)); // Monday 09:00
        Assert.Equal(1, await Dispatcher(Host).RunOnceAsync(default));

        var card = Assert.Single(CardsTo(conversation)).Attachments![0].Content!;
        Assert.Equal("Time to review “Checkout”", (string?)card["body"]![0]!["text"]);
        var commands = card["actions"]!.AsArray().Select(a => (string?)a!["data"]!["command"]).ToList();
        Assert.Equal(["review", $"remind snooze {map.Id}", "summary"], commands);
        var next = await Host.Services.GetRequiredService<IReminderStore>().GetAsync(map.Scope, map.Id, default);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero), next!.DueAt);
    }

    [Fact]
    public async Task The_reminder_lists_red_flags_nobody_acted_on_and_overdue_action_items_by_the_maps_date()
    {
        var cadence = new ReviewCadence { Every = 1, Weekday = DayOfWeek.Monday, TimeOfDay = new TimeOnly(7, 0), TimeZoneId = "Asia/Shanghai" };
        var (map, conversation) = await MapAsync("Returns", cadence);
        var alice = new Person("29:alice", "Alice");
        var bob = new Person("29:bob", "Bob");
        var customer = map.Lanes.Single(l => l.Kind == LaneKind.Customer).Id;
        foreach (var (id, text) in new[] { ("n1", "Refund takes three weeks"), ("n2", "Return label missing from the box") })
        {
            await Host.Notes.AddAsync(map.Scope, new Note { MapId = map.Id, Id = id, Kind = NoteKind.RedFlag, StageId = map.Stages[0].Id, LaneId = customer, Text = text, Author = alice, CreatedAt = _time.GetUtcNow() }, default);
        }

        var actions = Host.Services.GetRequiredService<IActionItemRepository>();
        ActionItem Item(string id, string text, DateOnly due) => new() { MapId = map.Id, Id = id, Text = text, Owner = bob, Due = due, CreatedBy = alice, CreatedAt = _time.GetUtcNow() };
        await actions.AddAsync(map.Scope, Item("a1", "Pay refunds within a week", new DateOnly(2026, 11, 30)) with { FromNoteId = "n1" }, default);
        await actions.AddAsync(map.Scope, Item("a2", "Print labels at the warehouse", new DateOnly(2026, 11, 20)) with { Status = ActionStatus.Done }, default);
        await actions.AddAsync(map.Scope, Item("a3", "Call the courier about pickups", new DateOnly(2026, 11, 29)), default);

        // Monday 2026-11-30 07:00 in Shanghai is Sunday 23:00 UTC: by the map's date the Sunday item is overdue.
        _time.Advance(new DateTimeOffset(2026, 11, 29, 23, 0, 0, TimeSpan.Zero) - _time.GetUtcNow());
        Assert.Equal(1, await Dispatcher(Host).RunOnceAsync(default));

        var texts = Assert.Single(CardsTo(conversation)).Attachments![0].Content!.TextBlocks();
        Assert.Contains(texts, t => t.Contains("Return label missing from the box", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("Refund takes three weeks", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("Call the courier about pickups", StringComparison.Ordinal) && t.Contains("Bob", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("Pay refunds within a week", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("Print labels", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_dispatchers_on_the_same_tables_send_each_due_reminder_exactly_once_over_many_rounds()
    {
        var second = await AddHostAsync(Host.TablePrefix);
        var maps = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            maps.Add((await MapAsync($"Map {i}")).ConversationId);
        }

        // Four weeks in steps of 5 hours: Mondays 09:00 on 23 and 30 November, 7 and 14 December.
        for (var round = 0; round < 4 * 7 * 24 / 5; round++)
        {
            _time.Advance(TimeSpan.FromHours(5));
            await Task.WhenAll(Dispatcher(Host).RunOnceAsync(default), Dispatcher(second).RunOnceAsync(default));
        }

        Assert.All(maps, conversation => Assert.Equal(4, CardsTo(conversation).Count));
    }

    [Fact]
    public async Task After_a_restart_that_missed_several_periods_the_reminder_is_sent_once()
    {
        var (_, conversation) = await MapAsync("Downtime");
        _time.Advance(TimeSpan.FromDays(30)); // the bot was down for four Mondays

        await Dispatcher(Host).RunOnceAsync(default);
        await Dispatcher(Host).RunOnceAsync(default);
        _time.Advance(TimeSpan.FromHours(1));
        await Dispatcher(Host).RunOnceAsync(default);

        Assert.Single(CardsTo(conversation));
    }

    [Fact]
    public async Task A_reminder_that_fails_with_a_server_error_is_tried_again_later_and_not_lost()
    {
        var (_, conversation) = await MapAsync("Flaky");
        _time.Advance(TimeSpan.FromHours(3));
        _connector.FailNext(1, 500);

        Assert.Equal(0, await Dispatcher(Host).RunOnceAsync(default));
        Assert.Equal(0, await Dispatcher(Host).RunOnceAsync(default)); // not due again yet
        _time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await Dispatcher(Host).RunOnceAsync(default));

        Assert.Single(CardsTo(conversation));
        Assert.Equal(2, _connector.Calls.Count(c => c.ConversationId == conversation));
    }

    [Fact]
    public async Task Each_due_reminder_is_a_span_of_its_round_and_is_counted_as_sent_or_failed()
    {
        using var spans = new SpanRecorder(ReminderTelemetry.Name);
        using var metrics = new MetricRecorder(Host.Services.GetRequiredService<IMeterFactory>(), ReminderTelemetry.Name);
        var (map, _) = await MapAsync("Traced");
        _time.Advance(TimeSpan.FromHours(3));

        _connector.FailNext(1, 500);
        Assert.Equal(0, await Dispatcher(Host).RunOnceAsync(default));
        _time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await Dispatcher(Host).RunOnceAsync(default));

        var sends = spans.Tagged(ReminderTelemetry.MapIdTag, map.Id);
        Assert.Equal(["retrying", "sent"], sends.Select(s => (string?)s.GetTagItem(ReminderTelemetry.OutcomeTag)));
        Assert.All(sends, s => Assert.Equal(ReminderTelemetry.SendSpan, s.OperationName));
        Assert.Equal(500, sends[0].GetTagItem(ReminderTelemetry.StatusCodeTag));
        Assert.Equal(ActivityStatusCode.Error, sends[0].Status);
        Assert.Equal(ActivityStatusCode.Unset, sends[1].Status);
        foreach (var send in sends)
        {
            var round = Assert.Single(spans.Spans, s => s.SpanId == send.ParentSpanId);
            Assert.Equal(ReminderTelemetry.RoundSpan, round.OperationName);
            Assert.Equal(1, round.GetTagItem(ReminderTelemetry.ClaimedTag));
        }

        Assert.Equal(["retrying", "sent"], metrics.Of(ReminderTelemetry.RemindersInstrument).Select(m => m.Tag(ReminderTelemetry.OutcomeTag)));
        Assert.All(metrics.Of(ReminderTelemetry.RemindersInstrument), m => Assert.Equal(1, m.Value));
    }

    [Fact]
    public async Task Throttling_with_retry_after_is_honoured_by_waiting_or_by_rescheduling_when_the_pause_is_long()
    {
        var (_, conversation) = await MapAsync("Throttled");
        _time.Advance(TimeSpan.FromHours(3));

        // A short Retry-After: the connector client waits it out and sends once.
        _connector.FailNext(1, 429, retryAfter: "1");
        Assert.Equal(1, await Dispatcher(Host).RunOnceAsync(default));
        Assert.Single(CardsTo(conversation));

        // A long one (over the client's 30 s limit): the reminder waits that long before the next attempt.
        _time.Advance(TimeSpan.FromDays(7));
        _connector.FailNext(1, 429, retryAfter: "600");
        Assert.Equal(0, await Dispatcher(Host).RunOnceAsync(default));
        _time.Advance(TimeSpan.FromSeconds(590));
        Assert.Equal(0, await Dispatcher(Host).RunOnceAsync(default));
        _time.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal(1, await Dispatcher(Host).RunOnceAsync(default));
        Assert.Equal(2, CardsTo(conversation).Count);
    }

    [Fact]
    public async Task An_owner_of_an_empty_lane_is_nudged_one_to_one_and_a_blocked_owner_is_reported_once()
    {
        var (map, conversation) = await MapAsync("Nudges");
        await Host.Maps.UpdateAsync(map.Scope, map.Id, m => m.AddLane("Billing", LaneKind.Stakeholder, 9, _time.GetUtcNow(), new Person("29:bob", "Bob")), default);
        _time.Advance(TimeSpan.FromHours(3));

        Assert.Equal(1, await Dispatcher(Host).RunOnceAsync(default));
        var created = Assert.Single(_connector.Calls, c => c.Operation == ConnectorOperation.CreateConversation);
        Assert.Equal("29:bob", created.Parameters!.Members![0].Id);
        Assert.Contains("Billing", Assert.Single(CardsTo(created.ResponseId!)).Text, StringComparison.Ordinal);

        _time.Advance(TimeSpan.FromDays(7));
        _connector.RespondNext(1, new ScriptedResponse(200)); // the card
        _connector.FailNext(1, 403, "MessageWritesBlocked"); // the create conversation for the nudge
        await Dispatcher(Host).RunOnceAsync(default);
        Assert.Contains(CardsTo(conversation), a => a.Text?.Contains("could not reach Bob", StringComparison.Ordinal) == true);

        _time.Advance(TimeSpan.FromDays(7));
        var before = _connector.Calls.Count(c => c.Operation == ConnectorOperation.CreateConversation);
        await Dispatcher(Host).RunOnceAsync(default);
        Assert.Equal(before, _connector.Calls.Count(c => c.Operation == ConnectorOperation.CreateConversation));
    }
}
