using JourneyBot.BotKit.Schema;
using JourneyBot.Journeys.Conversations;
using JourneyBot.Journeys.Localization;
using JourneyBot.Journeys.Reminders;
using JourneyBot.Journeys.Tests.Support;
using JourneyBot.TestSupport.Transcripts;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Journeys.Tests.Localization;

/// <summary>
/// A person whose client speaks Chinese reads Chinese everywhere: replies, and every text on every card (titles,
/// buttons, facts, usage lines). What people typed and ids shown as <c>`code`</c> are theirs; the only Latin
/// words the bot may show are what a person types as it is: format names, an IANA time zone, a date pattern.
/// </summary>
public sealed class ChineseRepliesTests(JourneyBotTestHost host) : IClassFixture<JourneyBotTestHost>
{
    private static readonly HashSet<string> TypedAsItIs = new(StringComparer.Ordinal)
    {
        "csv", "markdown", "json", "CSV", "JSON", "Markdown",
        "zh", "en",         // language codes, as the language command takes them
        "Asia", "Shanghai", // remind ... Asia/Shanghai
        "yyyy", "mm", "dd", // due yyyy-mm-dd
        "Alice", "Chen",    // the test's speaker, named in "added by" lines
    };

    [Fact]
    public async Task Help_card_is_chinese_to_its_usage_lines()
    {
        var chat = ChineseChat();

        var card = Assert.Single((await chat.SendAsync("帮助")).Cards());

        Assert.Contains(BotText.Get(BotText.SimplifiedChinese, TextKeys.HelpTitle), card.ShownTexts());
        AssertChinese(card.ShownTexts());
    }

    [Fact]
    public async Task Map_summary_and_note_cards_are_chinese()
    {
        var chat = ChineseChat();
        var mapId = await chat.CreateMapAsync("售后服务", template: "3", persona: "设备维修主管", goal: "为什么客户觉得报修很累？");

        var noteAdded = await chat.SendAsync("红旗 使用/后台：退款要两周");
        var map = Assert.Single((await chat.SendAsync("显示地图")).Cards());
        var summary = Assert.Single((await chat.SendAsync("总结")).Cards());

        AssertChinese(Assert.Single(noteAdded.Cards()).ShownTexts());
        AssertChinese(map.ShownTexts().Where(t => t != mapId));
        AssertChinese(summary.ShownTexts());
        Assert.Contains(BotText.Get(BotText.SimplifiedChinese, TextKeys.ButtonAddNote), map.ShownTexts());
    }

    [Fact]
    public async Task Map_page_links_carry_the_language_of_the_person_who_asked()
    {
        var chat = ChineseChat();
        await chat.CreateMapAsync("链接", template: "3", persona: "小企业主", goal: "为什么试用用户没有转化？");

        var map = Assert.Single((await chat.SendAsync("显示地图")).Cards());
        var summary = Assert.Single((await chat.SendAsync("总结")).Cards());
        chat.Locale = "en-US";
        var english = Assert.Single((await chat.SendAsync("summary")).Cards());

        Assert.EndsWith("&lang=zh-Hans", OpenUrl(map), StringComparison.Ordinal);
        Assert.EndsWith("&lang=zh-Hans", OpenUrl(summary), StringComparison.Ordinal);
        Assert.EndsWith("&lang=en", OpenUrl(english), StringComparison.Ordinal);
    }

    private static string OpenUrl(System.Text.Json.Nodes.JsonObject card) =>
        (string)card["actions"]!.AsArray().Single(a => (string?)a!["type"] == "Action.OpenUrl")!["url"]!;

    [Fact]
    public async Task Reminder_card_is_chinese_for_a_chinese_conversation()
    {
        var chat = ChineseChat();
        await chat.CreateMapAsync("提醒", template: "3", persona: "小企业主", goal: "为什么试用用户没有转化？");
        await chat.SendAsync("红旗 使用/后台：退款要两周");
        var map = Assert.Single(await host.Maps.ListAsync(ConversationScopes.For(chat.NewActivity(ActivityTypes.Message)), default));
        var notes = await host.Notes.ListAsync(map.Scope, map.Id, includeDeleted: false, default);

        var reminder = host.Services.GetRequiredService<ReminderCards>()
            .Card(BotText.SimplifiedChinese, map, notes, ReminderActions.None, host.Time.GetUtcNow().AddDays(14));

        var card = Assert.Single(new[] { reminder }.Cards());
        Assert.Contains(BotText.Get(BotText.SimplifiedChinese, TextKeys.ButtonStartReview), card.ShownTexts());
        AssertChinese(card.ShownTexts());
    }

    [Fact]
    public async Task Notes_list_offers_the_next_page_in_chinese_and_understands_it()
    {
        var chat = ChineseChat();
        await chat.CreateMapAsync("分页", template: "3", persona: "小企业主", goal: "为什么试用用户没有转化？");
        for (var i = 1; i <= 12; i++)
        {
            await chat.SendAsync($"红旗 使用：问题 {i}");
            host.Time.Advance(TimeSpan.FromSeconds(30));
        }

        var first = await chat.SendAsync("笔记");
        var second = await chat.SendAsync("笔记 第 2 页");

        first.ShouldSay("输入 **笔记 第 2 页** 查看更多。");
        AssertChinese([first.Text()]);
        second.ShouldSay("问题 11").ShouldSay("问题 12").ShouldNotSay("问题 1：").ShouldNotSay("问题 1\n");
    }

    private TestConversation ChineseChat()
    {
        var chat = host.Personal();
        chat.Locale = "zh-CN";
        return chat;
    }

    private static void AssertChinese(IEnumerable<string> texts)
    {
        var english = texts.Select(t => (Text: t, Words: ShownText.EnglishWords(t, TypedAsItIs))).Where(t => t.Words.Count > 0).ToList();
        Assert.True(english.Count == 0, "English in a Chinese reply:\n" + string.Join('\n', english.Select(e => $"[{string.Join(' ', e.Words)}] {e.Text}")));
    }
}
