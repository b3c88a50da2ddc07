using JourneyBot.EndToEnd.Tests.Harness;
using JourneyBot.TestSupport.Transcripts;

namespace JourneyBot.EndToEnd.Tests;

// A person whose Teams client is set to Chinese (zh-CN). The Playground itself always sends en-US, so these
// messages go through its custom-activity API with the client's locale (see PlaygroundOutgoingMessage.Locale);
// the bot's replies come back through the Playground's connector like any other. Expected wording is read from
// the bot's Chinese resources.
[Collection(PlaygroundCollection.Name)]
public sealed class ChineseClientTests(JourneyBotEndToEndFixture fixture)
{
    // What the person typed or is called, and what a person types as it is (format names, language codes, a time
    // zone, a date pattern).
    private static readonly HashSet<string> NotEnglishProse = new(StringComparer.Ordinal)
    {
        "csv", "markdown", "json", "CSV", "JSON", "Markdown", "zh", "en", "Asia", "Shanghai", "yyyy", "mm", "dd", "Maya", "Lindqvist",
    };

    [Fact]
    public async Task A_client_in_zh_CN_gets_chinese_replies_and_cards()
    {
        var chat = fixture.OpenPersonalChat();
        chat.Locale = "zh-CN";

        var help = await chat.SendAsync("帮助");
        help.ExpectCardShowing(BotStrings.Chinese("HelpTitle"));
        ExpectChinese(help);

        var askPersona = await chat.SendAsync("新地图 网购退款");                   // the name given with the command
        ExpectSays(askPersona, "NewMapAskPersona");
        ExpectSays(await chat.SendAsync("下班后网购的上班族"), "NewMapAskGoal");
        ExpectSays(await chat.SendAsync("为什么退款让人焦虑？"), "NewMapAskTemplate");
        var created = await chat.SendAsync("3");                                    // service blueprint
        ExpectSays(created, "NewMapCreated");
        var mapId = created.Text.Split('`')[1];                                    // 已创建 **…**（编号 `abcde`）
        ExpectChinese(created, mapId);

        var note = await chat.SendAsync("红旗 使用/后台：退款要两周才到账");
        note.ExpectCard();
        ExpectSays(note, "NoteAdded");
        note.ExpectCardShowing("退款要两周才到账");
        Assert.Contains(BotStrings.Chinese("ButtonUndo"), note.Cards.SelectMany(c => c.ShownTexts()));
        ExpectChinese(note);

        var map = await chat.SendAsync("显示地图");
        map.ExpectCardShowing(BotStrings.ChineseFixedParts("MapCardStages")[0]);
        ExpectChinese(map, mapId);
    }

    private static void ExpectSays(BotReply reply, string key)
    {
        var said = string.Join('\n', [reply.Text, .. reply.Cards.SelectMany(c => c.ShownTexts())]);
        var missing = BotStrings.ChineseFixedParts(key).Where(part => !said.Contains(part, StringComparison.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            reply.Session.Fail($"Expected the bot to say {key} in Chinese (missing: {string.Join(" | ", missing)}), but it said:\n{reply}");
        }
    }

    /// <summary>No English in the reply's text or on its cards; <paramref name="ids"/> (shown on a card as they are) aside.</summary>
    private static void ExpectChinese(BotReply reply, params string[] ids)
    {
        var english = new[] { reply.Text }
            .Concat(reply.Cards.SelectMany(c => c.ShownTexts()))
            .Where(text => !ids.Contains(text))
            .Select(text => (Text: text, Words: ShownText.EnglishWords(text, NotEnglishProse)))
            .Where(t => t.Words.Count > 0)
            .ToList();
        if (english.Count > 0)
        {
            reply.Session.Fail("English in a reply to a zh-CN client:\n" + string.Join('\n', english.Select(e => $"[{string.Join(' ', e.Words)}] {e.Text}")));
        }
    }
}
