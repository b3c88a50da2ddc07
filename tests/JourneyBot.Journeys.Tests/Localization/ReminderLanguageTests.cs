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

namespace JourneyBot.Journeys.Tests.Localization;

/// <summary>
/// Reminders go to a whole chat, so they speak the map's default language, not the language of whoever saved the
/// conversation reference; a 1:1 nudge speaks its person's own choice.
/// </summary>
public sealed class ReminderLanguageTests : IAsyncLifetime
{
    // Monday 2026-11-23 06:00 UTC; reminders are due at 09:00.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 6, 0, 0, TimeSpan.Zero));
    private JourneyBotTestHost _host = null!;
    private FakeConnectorServer _connector = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnectorServer.StartAsync();
        _host = new JourneyBotTestHost { Time = _time, TablePrefix = TestTablePrefix.Create("remlang") };
        await _host.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Theory]
    [InlineData("zh-Hans", "en-US", "该复盘“结账”了")]
    [InlineData("en", "zh-CN", "Time to review “结账”")]
    [InlineData(null, "zh-CN", "该复盘“结账”了")]
    [InlineData(null, "en-US", "Time to review “结账”")]
    public async Task The_reminder_card_speaks_the_maps_language_else_the_saved_conversations(string? mapLanguage, string referenceLocale, string title)
    {
        var (_, conversation) = await MapAsync(mapLanguage, referenceLocale);
        _time.Advance(TimeSpan.FromHours(3));

        Assert.Equal(1, await Dispatcher.RunOnceAsync(default));

        var card = Assert.Single(SentTo(conversation)).Attachments![0].Content!;
        Assert.Equal(title, (string?)card["body"]![0]!["text"]);
    }

    [Fact]
    public async Task A_nudge_speaks_the_owners_own_choice_and_otherwise_the_maps_language()
    {
        var (map, _) = await MapAsync("zh-Hans", "zh-CN");
        await _host.Services.GetRequiredService<IPersonLanguages>().SetAsync("tenant-1", "29:bob", "en", default);
        await _host.Maps.UpdateAsync(map.Scope, map.Id, m => m.AddLane("Billing", LaneKind.Stakeholder, 9, _time.GetUtcNow(), new Person("29:bob", "Bob")), default);
        await _host.Maps.UpdateAsync(map.Scope, map.Id, m => m.AddLane("财务", LaneKind.Stakeholder, 9, _time.GetUtcNow(), new Person("29:carol", "Carol")), default);
        _time.Advance(TimeSpan.FromHours(3));

        Assert.Equal(1, await Dispatcher.RunOnceAsync(default));

        var toBob = NudgeTo("29:bob");
        var toCarol = NudgeTo("29:carol");
        Assert.Contains("Billing", toBob, StringComparison.Ordinal);
        Assert.Contains("Hi Bob", toBob, StringComparison.Ordinal);
        Assert.Contains("财务", toCarol, StringComparison.Ordinal);
        Assert.DoesNotContain("Hi ", toCarol, StringComparison.Ordinal);
    }

    private ReminderDispatcher Dispatcher => _host.Services.GetRequiredService<ReminderDispatcher>();

    private async Task<(JourneyMap Map, string ConversationId)> MapAsync(string? language, string referenceLocale)
    {
        var conversationId = $"a:{Guid.NewGuid():N}";
        var scope = new MapScope("tenant-1", $"msteams:conversation:{conversationId}");
        var map = MapLayouts.Create("m" + Guid.NewGuid().ToString("N")[..6], scope, "结账", "Persona", "Goal", MapTemplate.CustomerJourney, new Person("29:alice", "Alice"), _time.GetUtcNow(), key => key)
            with { Cadence = new ReviewCadence { Every = 1, Weekday = DayOfWeek.Monday }, Language = language };
        await _host.Maps.CreateAsync(map, default);
        await _host.Services.GetRequiredService<IConversationReferenceStore>().SaveAsync(
            new ConversationReference
            {
                Bot = TestConversation.Bot,
                User = TestConversation.Alice,
                ChannelId = "msteams",
                ServiceUrl = _connector.ServiceUrl.AbsoluteUri,
                Locale = referenceLocale,
                Conversation = new ConversationAccount { Id = conversationId, TenantId = "tenant-1", ConversationType = "personal" },
            },
            default);
        await _host.Services.GetRequiredService<ReminderScheduler>().ScheduleAsync(map, new ReminderTarget("tenant-1", conversationId), default);
        return (map, conversationId);
    }

    private List<Activity> SentTo(string conversationId) =>
        _connector.Calls.Where(c => c.Succeeded && c.Operation == ConnectorOperation.SendToConversation && c.ConversationId == conversationId).Select(c => c.Activity!).ToList();

    private string NudgeTo(string userId)
    {
        var created = Assert.Single(_connector.Calls, c => c.Operation == ConnectorOperation.CreateConversation && c.Parameters!.Members![0].Id == userId);
        return Assert.Single(SentTo(created.ResponseId!)).Text!;
    }
}
