using System.Text.Json;
using System.Text.Json.Nodes;
using JourneyBot.BotKit.Schema;
using JourneyBot.Domain.Notes;
using JourneyBot.Journeys.Conversations;
using JourneyBot.Journeys.Tests.Support;
using JourneyBot.TestSupport.Transcripts;

namespace JourneyBot.Journeys.Tests.Localization;

/// <summary>
/// The main flows, word for word, in English and in Simplified Chinese: chosen by the client's locale and by the
/// person's own <c>language</c> choice. Each test has a person of its own, since a language choice follows the person.
/// </summary>
public sealed class LanguageFlowTests(JourneyBotTestHost host) : IClassFixture<JourneyBotTestHost>
{
    /// <summary>What a person types and what the bot answers, in one language.</summary>
    private sealed record Script(
        string NewMap,
        string[] Questions,
        string Created,
        string[] Stages,
        (string Line, string Reply)[] Notes,
        string Summary,
        string SummarySubtitle,
        (string Line, string Reply) Remind,
        (string Line, string Reply) Review,
        string Cancel,
        string Paused,
        (string Line, string Reply) Action,
        (string Line, string Reply) Actions);

    private static readonly Script English = new(
        "new map",
        ["What should the map be called?", "Who is the customer on this journey?", "What should this map help the team answer?", "Which layout should the map start from?"],
        "Created **Checkout**",
        ["Awareness", "Consideration", "Purchase", "Use", "Feedback"],
        [
            ("red flag Purchase/Backstage: card declined with no reason", "Added Red flag `"),
            ("green flag Awareness: ads explain the price", "Added Green flag `"),
            ("quote Feedback: \"I had to call three times\" — Ana", "Added Quote `"),
            ("emotion Use -2 setup takes a day", "Added Emotion -2 `"),
            ("handoff Purchase Frontstage->Backstage: signed order emailed", "Frontstage → Backstage"),
            ("pain Consideration: too many plans to compare", "Added Pain point `"),
            ("touchpoint Purchase: checkout page (web)", "Added Touchpoint `"),
            ("opportunity Use: self-service status page", "Added Opportunity `"),
            ("evidence Use: 40% drop after day one [analytics] [validated]", "Added Evidence `"),
            ("action Purchase/Frontstage: agent calls back", "Added Action `"),
        ],
        "summary",
        "Map summary",
        ("remind", "Review reminders for **Checkout**: every 2 weeks on Monday at 09:00"),
        ("review", "Review of **Checkout** started."),
        "cancel",
        "Paused.",
        ("action call back declined customers due 2026-12-01", "· due: 2026-12-01"),
        ("actions", "**Open action items on Checkout**: 1, 0 overdue"));

    private static readonly Script Chinese = new(
        "新地图",
        ["地图叫什么名字？", "这段旅程的客户是谁？", "这张地图要帮助团队回答什么问题？", "地图从哪种布局开始？"],
        "已创建 **Checkout**",
        ["认知", "考虑", "购买", "使用", "反馈"],
        [
            ("红旗 购买/后台：银行卡被拒且没有原因", "添加红旗 `"),
            ("绿旗 认知：广告讲清了价格", "添加绿旗 `"),
            ("引用 反馈：“我打了三次电话” — Ana", "添加引用 `"),
            ("情绪 使用 -2 安装要一整天", "添加情绪 -2 `"),
            ("交接 购买 前台->后台：签好的订单已发邮件", "前台 → 后台"),
            ("痛点 考虑：要比较的套餐太多", "添加痛点 `"),
            ("触点 购买：结账页面（网页）", "添加触点 `"),
            ("机会 使用：自助查询状态页面", "添加机会 `"),
            ("证据 使用：第一天后流失 40% [数据分析] [已验证]", "添加证据 `"),
            ("行动 购买/前台：客服回电", "添加行动 `"),
        ],
        "总结",
        "地图总结",
        ("提醒", "**Checkout** 的复盘提醒：每 2 周的星期一 09:00"),
        ("评审", "**Checkout** 的评审已开始。"),
        "取消",
        "已暂停。",
        ("行动项 给被拒的客户回电 截止 2026-12-01", "截止：2026年12月1日"),
        ("行动项列表", "**Checkout 的未完成行动项**：1 项，0 项已逾期"));

    public static TheoryData<string> Ways => ["english locale", "chinese locale", "chinese by choice", "english by choice in a chinese client"];

    [Theory]
    [MemberData(nameof(Ways))]
    public async Task The_main_flows_speak_the_persons_language(string way)
    {
        var chat = host.TeamChannel();
        var person = NewPerson();
        var script = way.StartsWith("chinese", StringComparison.Ordinal) ? Chinese : English;
        chat.Locale = way is "chinese locale" or "english by choice in a chinese client" ? "zh-CN" : "en-US";
        if (way == "chinese by choice")
        {
            (await chat.SendAsync("language zh", person)).ShouldSay("从现在起，我在所有聊天和频道中都用**简体中文**回复你。");
        }
        else if (way == "english by choice in a chinese client")
        {
            (await chat.SendAsync("语言 英文", person)).ShouldSay("From now on I answer you in **English**, in every chat and channel.");
        }

        (await chat.SendAsync(script.NewMap, person)).ShouldSay(script.Questions[0]);
        (await chat.SendAsync("Checkout", person)).ShouldSay(script.Questions[1]);
        (await chat.SendAsync("Buyer", person)).ShouldSay(script.Questions[2]);
        (await chat.SendAsync("Why do trials stall?", person)).ShouldSay(script.Questions[3]);
        var created = await chat.SendAsync("3", person);
        created.ShouldSay(script.Created);
        var stored = Assert.Single(await host.Maps.ListAsync(ConversationScopes.For(chat.NewActivity("message")), default));
        Assert.Equal(script.Stages, stored.Stages.Select(s => s.Name));
        Assert.Equal(script == Chinese ? "zh-Hans" : "en", stored.Language);

        foreach (var (line, reply) in script.Notes)
        {
            (await chat.SendAsync(line, person)).ShouldSay(reply);
        }

        var notes = await host.Notes.ListAsync(stored.Scope, stored.Id, includeDeleted: false, default);
        Assert.Equal(Enum.GetValues<NoteKind>().Order(), notes.Select(n => n.Kind).Order());

        var summary = Assert.Single((await chat.SendAsync(script.Summary, person)).Cards());
        Assert.Equal(["Checkout", script.SummarySubtitle], summary.TextBlocks().Take(2));

        (await chat.SendAsync(script.Remind.Line, person)).ShouldSay(script.Remind.Reply);
        (await chat.SendAsync(script.Review.Line, person)).ShouldSay(script.Review.Reply);
        (await chat.SendAsync(script.Cancel, person)).ShouldSay(script.Paused);
        (await chat.SendAsync(script.Action.Line, person)).ShouldSay(script.Action.Reply);
        (await chat.SendAsync(script.Actions.Line, person)).ShouldSay(script.Actions.Reply);
    }

    [Fact]
    public async Task Two_people_in_one_channel_are_each_answered_in_their_own_language()
    {
        var chat = host.TeamChannel();
        var li = NewPerson("Li Wei");
        var sam = NewPerson("Sam Ortiz");
        chat.Locale = "en-US";
        await chat.SendAsync("language zh", li);
        chat.Locale = "zh-CN";
        await chat.SendAsync("language en", sam);

        // Whatever the client says, each is answered in the language they chose, turn after turn.
        foreach (var locale in new[] { "en-US", "zh-CN" })
        {
            chat.Locale = locale;
            (await chat.SendAsync("maps", li)).ShouldSay("这里还没有地图");
            (await chat.SendAsync("maps", sam)).ShouldSay("There is no map here yet");
        }

        await chat.SendAsync("new map Shared", li);
        await chat.SendAsync("Buyer", li);
        await chat.SendAsync("Goal", li);
        await chat.SendAsync("1", li);
        (await chat.SendAsync("red flag 购买: slow refunds", sam)).ShouldSay("Added Red flag `");
        (await chat.SendAsync("红旗 购买：退款太慢", li)).ShouldSay("添加红旗 `");
    }

    [Fact]
    public async Task A_choice_follows_the_person_into_other_chats_and_auto_forgets_it()
    {
        var person = NewPerson();
        var channel = host.TeamChannel();
        channel.Locale = "en-US";
        await channel.SendAsync("language 中文", person);

        var personal = host.Personal();
        personal.Locale = "en-US";
        (await personal.SendAsync("maps", person)).ShouldSay("这里还没有地图");

        (await personal.SendAsync("语言", person))
            .ShouldSay("我用**简体中文**回复你：依据是你自己的选择。")
            .ShouldSay("**语言 中文**");
        (await personal.SendAsync("language auto", person)).ShouldSay("I follow your client again: I answer you in **English** (your client's locale).");
        (await channel.SendAsync("maps", person)).ShouldSay("There is no map here yet");
    }

    [Fact]
    public async Task An_unknown_language_is_explained_and_the_earlier_choice_stays()
    {
        var person = NewPerson();
        var chat = host.Personal();
        chat.Locale = "en-US";
        await chat.SendAsync("language zh", person);

        (await chat.SendAsync("language klingon", person)).ShouldSay("“klingon”");
        (await chat.SendAsync("language " + new string('x', 5_000), person)).ShouldSay("“" + new string('x', 40) + "”");   // quoted, cut to 40 characters
        (await chat.SendAsync("maps", person)).ShouldSay("这里还没有地图");
    }

    [Fact]
    public async Task Teams_clientInfo_locale_wins_over_the_activity_locale()
    {
        var chat = host.Personal();
        var person = NewPerson();
        chat.Locale = "en-US";

        var chinese = await chat.DeliverAsync(Message(chat, person, "maps", clientLocale: "zh-CN"));
        chinese.ShouldSay("这里还没有地图");
        (await chat.DeliverAsync(Message(chat, person, "language", clientLocale: "zh-CN"))).ShouldSay("依据是你的 Teams 客户端语言");

        chat.Locale = "zh-CN";
        (await chat.DeliverAsync(Message(chat, person, "maps", clientLocale: "en-GB"))).ShouldSay("There is no map here yet");
        (await chat.DeliverAsync(Message(chat, person, "language", clientLocale: null))).ShouldSay("依据是你的客户端区域设置");
    }

    [Fact]
    public async Task Without_any_locale_the_maps_default_decides_and_facilitators_set_it()
    {
        var chat = host.TeamChannel();
        var facilitator = NewPerson("Fay");
        var other = NewPerson("Oli");
        chat.Locale = "en-US";
        await chat.CreateMapAsync("Onboarding", from: facilitator);
        (await chat.SendAsync("language map zh", other)).ShouldSay("Only facilitators of **Onboarding** can do that");

        (await chat.SendAsync("language map 中文", facilitator)).ShouldSay("The default language of **Onboarding** is now **Simplified Chinese**");
        chat.Locale = null!;
        (await chat.SendAsync("remind", other)).ShouldSay("**Onboarding** 的复盘提醒");
        (await chat.SendAsync("language", other)).ShouldSay("我用**简体中文**回复你：依据是地图 **Onboarding** 的默认语言");
        chat.Locale = "en-US";
        (await chat.SendAsync("remind", other)).ShouldSay("Review reminders for **Onboarding**");

        var map = Assert.Single(await host.Maps.ListAsync(ConversationScopes.For(chat.NewActivity("message")), default));
        Assert.Equal("zh-Hans", map.Language);
    }

    [Fact]
    public async Task The_help_card_lists_the_language_command_in_the_persons_language()
    {
        var chat = host.Personal();
        var person = NewPerson();

        var english = Strings(Assert.Single((await chat.SendAsync("help", person)).Cards()));
        await chat.SendAsync("语言 中文", person);
        var chinese = Strings(Assert.Single((await chat.SendAsync("帮助", person)).Cards()));

        Assert.Contains(english, text => text.Contains("language [zh|en|auto]", StringComparison.Ordinal));
        Assert.Contains(chinese, text => text.Contains("语言 [中文|英文|自动]", StringComparison.Ordinal));
    }

    private static List<string> Strings(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Strings(p.Value)).ToList(),
        JsonArray array => array.SelectMany(Strings).ToList(),
        JsonValue value when value.TryGetValue<string>(out var text) => [text],
        _ => [],
    };

    private static ChannelAccount NewPerson(string name = "Pat Lee") => new() { Id = $"29:{Guid.NewGuid():N}", Name = name };

    private static Activity Message(TestConversation chat, ChannelAccount from, string text, string? clientLocale)
    {
        IReadOnlyList<Entity>? entities = clientLocale is null
            ? null
            :
            [
                new Entity
                {
                    Type = "clientInfo",
                    Properties = new()
                    {
                        ["locale"] = JsonSerializer.SerializeToElement(clientLocale),
                        ["country"] = JsonSerializer.SerializeToElement("US"),
                        ["platform"] = JsonSerializer.SerializeToElement("Web"),
                    },
                },
            ];
        return chat.NewActivity(ActivityTypes.Message, from) with { Text = text, Entities = entities };
    }
}
