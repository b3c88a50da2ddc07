using JourneyBot.BotKit.Schema;
using JourneyBot.BotKit.State;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Reminders;
using JourneyBot.Journeys.Reminders;
using JourneyBot.Journeys.Tests.Support;
using JourneyBot.TestSupport.Azurite;
using JourneyBot.TestSupport.Connector;
using JourneyBot.TestSupport.Transcripts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace JourneyBot.Journeys.Tests.Reminders;

/// <summary>The reminder dispatcher while Table Storage is stopped (a dedicated Azurite that keeps its data) and after it is back.</summary>
public sealed class ReminderOutageTests : IAsyncLifetime
{
    // Monday 2026-11-23 06:00 UTC; the reminder is due at 09:00.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 6, 0, 0, TimeSpan.Zero));
    private AzuriteInstance _azurite = null!;
    private FakeConnectorServer _connector = null!;
    private JourneyBotTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteInstance.StartAsync(port: null, persistent: true);
        _connector = await FakeConnectorServer.StartAsync();
        _host = new JourneyBotTestHost { Time = _time, TablePrefix = TestTablePrefix.Create("remindout"), StorageConnectionString = _azurite.ConnectionString };
        await _host.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
        await _azurite.DisposeAsync();
    }

    [Fact]
    public async Task A_reminder_due_while_storage_is_stopped_is_sent_once_when_it_is_back()
    {
        var conversation = await ScheduleAsync();
        var dispatcher = _host.Services.GetRequiredService<ReminderDispatcher>();
        _time.Advance(TimeSpan.FromHours(3));

        await _azurite.StopAsync();
        await Assert.ThrowsAsync<StorageUnavailableException>(() => dispatcher.RunOnceAsync(default));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => dispatcher.RunOnceAsync(default));
        await _azurite.StartAgainAsync();

        Assert.Equal(1, await dispatcher.RunOnceAsync(default));
        Assert.Equal(0, await dispatcher.RunOnceAsync(default));
        Assert.Single(_connector.Calls, c => c.Succeeded && c.Operation == ConnectorOperation.SendToConversation && c.ConversationId == conversation);
    }

    private async Task<string> ScheduleAsync()
    {
        var conversationId = $"a:{Guid.NewGuid():N}";
        var scope = new MapScope("tenant-1", $"msteams:conversation:{conversationId}");
        var map = MapLayouts.Create("m" + Guid.NewGuid().ToString("N")[..6], scope, "Checkout", "Persona", "Goal", MapTemplate.CustomerJourney, new Person("29:alice", "Alice"), _time.GetUtcNow(), key => key)
            with { Cadence = new ReviewCadence { Every = 1, Weekday = DayOfWeek.Monday } };
        await _host.Maps.CreateAsync(map, default);
        await _host.Services.GetRequiredService<IConversationReferenceStore>().SaveAsync(
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
        await _host.Services.GetRequiredService<ReminderScheduler>().ScheduleAsync(map, new ReminderTarget("tenant-1", conversationId), default);
        return conversationId;
    }
}
