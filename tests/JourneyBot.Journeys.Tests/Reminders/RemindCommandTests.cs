using System.Text.Json.Nodes;
using JourneyBot.BotKit.Schema;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Reminders;
using JourneyBot.Journeys.Tests.Support;
using JourneyBot.TestSupport.Transcripts;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Journeys.Tests.Reminders;

public sealed class RemindCommandTests(JourneyBotTestHost host) : IClassFixture<JourneyBotTestHost>
{
    private IReminderStore Store => host.Services.GetRequiredService<IReminderStore>();

    [Fact]
    public async Task The_help_card_lists_remind_and_its_chinese_example_works()
    {
        var chat = host.Personal();
        chat.Locale = "zh-CN";
        await chat.CreateMapAsync("帮助示例");

        (await chat.SendAsync("帮助")).ShouldSay("提醒 […]").ShouldSay("提醒 每2周 周一 09:00 Asia/Shanghai");
        (await chat.SendAsync("提醒 每2周 周一 09:00 Asia/Shanghai")).ShouldSay("Asia/Shanghai");
        chat.Locale = "en-US";
        (await chat.SendAsync("remind")).ShouldSay("every 2 weeks on Monday at 09:00 (Asia/Shanghai)");
        (await chat.SendAsync("help")).ShouldSay("remind […]").ShouldSay("remind every 2 weeks on Monday 09:00 Europe/Berlin");
    }

    [Fact]
    public async Task A_new_map_is_reminded_every_two_weeks_on_monday_at_nine_in_the_creators_time_zone()
    {
        var chat = host.Personal();
        var mapId = await chat.CreateMapAsync("Cadence default");

        (await chat.SendAsync("remind")).ShouldSay("every 2 weeks on Monday at 09:00 (UTC)");
        var map = await host.Maps.GetAsync((await Store.GetAsync(MapScopeOf(chat), mapId, default))!.Scope, mapId, default);
        Assert.Equal(ReviewCadence.Default, map!.Cadence);
    }

    [Fact]
    public async Task Remind_every_two_weeks_on_monday_in_berlin_sets_the_cadence_and_shows_the_next_time_in_local_time()
    {
        var chat = host.Personal();
        var mapId = await chat.CreateMapAsync("Berlin cadence");

        var set = await chat.SendAsync("remind every 2 weeks on Monday 09:00 Europe/Berlin");

        // Now is Friday 2026-11-20 09:00 UTC; the next Monday 09:00 in Berlin.
        set.ShouldSay("every 2 weeks on Monday at 09:00 (Europe/Berlin)");
        set.ShouldSay("Monday 23 November 2026, 09:00");
        var entry = await Store.GetAsync(MapScopeOf(chat), mapId, default);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero), entry!.DueAt);
        (await chat.SendAsync("remind monthly on the 31st 10:30")).ShouldSay("every month on day 31 at 10:30 (Europe/Berlin)");
        (await chat.SendAsync("remind")).ShouldSay("Monday 30 November 2026, 10:30");
    }

    [Fact]
    public async Task Remind_off_stops_the_reminders_and_remind_on_brings_them_back()
    {
        var chat = host.Personal();
        var mapId = await chat.CreateMapAsync("Off and on");

        (await chat.SendAsync("remind off")).ShouldSay("are off");
        Assert.Null(await Store.GetAsync(MapScopeOf(chat), mapId, default));
        (await chat.SendAsync("remind")).ShouldSay("are off");
        (await chat.SendAsync("remind on")).ShouldSay("every 2 weeks");
        Assert.NotNull(await Store.GetAsync(MapScopeOf(chat), mapId, default));
    }

    [Fact]
    public async Task Bad_cadences_are_explained()
    {
        var chat = host.Personal();
        await chat.CreateMapAsync("Bad input");

        (await chat.SendAsync("remind every 2 weeks Mars/Olympus")).ShouldSay("not a time zone I know");
        (await chat.SendAsync("remind every 20 weeks")).ShouldSay("every 1 to 12 weeks");
        (await chat.SendAsync("remind sometimes maybe")).ShouldSay("I did not understand");
    }

    [Fact]
    public async Task Chinese_commands_set_and_show_the_cadence_in_chinese()
    {
        var chat = host.Personal();
        chat.Locale = "zh-CN";
        var mapId = await CreateMapInChineseAsync(chat);

        (await chat.SendAsync("提醒 每周三 14:30 Asia/Shanghai")).ShouldSay("每周星期三 14:30（Asia/Shanghai）");
        (await chat.SendAsync("提醒")).ShouldSay("2026年11月25日 星期三 14:30");
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 6, 30, 0, TimeSpan.Zero), (await Store.GetAsync(MapScopeOf(chat), mapId, default))!.DueAt);
        (await chat.SendAsync("提醒 关闭")).ShouldSay("已关闭");
    }

    [Fact]
    public async Task Snooze_moves_the_next_reminder_a_week_later_and_says_when_in_the_maps_time_zone()
    {
        var chat = host.Personal();
        var mapId = await chat.CreateMapAsync("Snooze me");
        await chat.SendAsync("remind every week on Tuesday 08:15 America/New_York");

        var reply = await chat.SubmitAsync(new JsonObject { ["command"] = $"remind snooze {mapId}" });

        reply.ShouldSay("Tuesday 1 December 2026, 08:15 (America/New_York)");
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 13, 15, 0, TimeSpan.Zero), (await Store.GetAsync(MapScopeOf(chat), mapId, default))!.DueAt);
        (await chat.SubmitAsync(new JsonObject { ["command"] = "remind snooze mnope" })).ShouldSay("nothing to snooze");
    }

    private static Domain.Maps.MapScope MapScopeOf(TestConversation chat) =>
        Conversations.ConversationScopes.For(chat.NewActivity(ActivityTypes.Message));

    private static async Task<string> CreateMapInChineseAsync(TestConversation chat)
    {
        await chat.SendAsync("新地图");
        await chat.SendAsync("中文提醒");
        await chat.SendAsync("首次购买的小企业");
        await chat.SendAsync("为什么试用用户没有转化？");
        var created = await chat.SendAsync("1");
        var text = created.Text();
        var start = text.IndexOf('`', StringComparison.Ordinal) + 1;
        return text[start..text.IndexOf('`', start)];
    }
}
