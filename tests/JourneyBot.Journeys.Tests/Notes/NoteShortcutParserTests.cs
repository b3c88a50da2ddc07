using JourneyBot.Domain.Notes;
using JourneyBot.Journeys.Commands;
using JourneyBot.Journeys.Localization;
using JourneyBot.Journeys.Notes;

namespace JourneyBot.Journeys.Tests.Notes;

/// <summary>One table per kind, English and Chinese: what is typed, and the shortcut it reads as.</summary>
public sealed class NoteShortcutParserTests
{
    private static NoteShortcut Read(string message)
    {
        var result = NoteShortcutParser.Parse(message);
        Assert.True(result.Succeeded, $"'{message}' failed: {result.Error}");
        return result.Shortcut;
    }

    public static TheoryData<string, NoteShortcut> Actions => new()
    {
        { "action Awareness/Marketing: webinar invite", new(NoteKind.Action, "Awareness", "Marketing", "webinar invite") },
        { "event Use the product: logs in for the first time", new(NoteKind.Action, "Use the product", null, "logs in for the first time") },
        { "ACTION  Use :  compares plans ", new(NoteKind.Action, "Use", null, "compares plans") },
        { "行动 认知/市场：网络研讨会邀请", new(NoteKind.Action, "认知", "市场", "网络研讨会邀请") },
        { "事件 使用产品：首次登录", new(NoteKind.Action, "使用产品", null, "首次登录") },
    };

    [Theory]
    [MemberData(nameof(Actions))]
    public void Action(string message, NoteShortcut expected) => Assert.Equal(expected, Read(message));

    public static TheoryData<string, NoteShortcut> Flags => new()
    {
        { "red flag Purchase/Billing: card declined with no reason", new(NoteKind.RedFlag, "Purchase", "Billing", "card declined with no reason") },
        { "redflag Purchase: no receipt", new(NoteKind.RedFlag, "Purchase", null, "no receipt") },
        { "red Purchase: no receipt", new(NoteKind.RedFlag, "Purchase", null, "no receipt") },
        { "Red  Flag purchase/billing: twice", new(NoteKind.RedFlag, "purchase", "billing", "twice") },
        { "red Flagship store: queue too long", new(NoteKind.RedFlag, "Flagship store", null, "queue too long") },
        { "红旗 购买/账单：银行卡被拒且没有原因", new(NoteKind.RedFlag, "购买", "账单", "银行卡被拒且没有原因") },
        { "红色标记 购买：没有收据", new(NoteKind.RedFlag, "购买", null, "没有收据") },
        { "green flag Use: setup wizard works", new(NoteKind.GreenFlag, "Use", null, "setup wizard works") },
        { "greenflag Use/Support: answered in minutes", new(NoteKind.GreenFlag, "Use", "Support", "answered in minutes") },
        { "green Use: fast", new(NoteKind.GreenFlag, "Use", null, "fast") },
        { "绿旗 使用：安装向导好用", new(NoteKind.GreenFlag, "使用", null, "安装向导好用") },
        { "绿色标记 使用/客服：几分钟就回复", new(NoteKind.GreenFlag, "使用", "客服", "几分钟就回复") },
    };

    [Theory]
    [MemberData(nameof(Flags))]
    public void Green_and_red_flags(string message, NoteShortcut expected) => Assert.Equal(expected, Read(message));

    public static TheoryData<string, NoteShortcut> PainPoints => new()
    {
        { "pain Purchase/Customer: too many form fields", new(NoteKind.PainPoint, "Purchase", "Customer", "too many form fields") },
        { "pain point Purchase: too many form fields", new(NoteKind.PainPoint, "Purchase", null, "too many form fields") },
        { "painpoint Purchase: too many form fields", new(NoteKind.PainPoint, "Purchase", null, "too many form fields") },
        { "痛点 购买/客户：表单字段太多", new(NoteKind.PainPoint, "购买", "客户", "表单字段太多") },
        { "痛点购买：表单字段太多", new(NoteKind.PainPoint, "购买", null, "表单字段太多") },
    };

    [Theory]
    [MemberData(nameof(PainPoints))]
    public void Pain_point(string message, NoteShortcut expected) => Assert.Equal(expected, Read(message));

    public static TheoryData<string, NoteShortcut> Opportunities => new()
    {
        { "opportunity Use: self-service status page", new(NoteKind.Opportunity, "Use", null, "self-service status page") },
        { "idea Use/Support: chat in the app", new(NoteKind.Opportunity, "Use", "Support", "chat in the app") },
        { "机会 使用：自助状态页面", new(NoteKind.Opportunity, "使用", null, "自助状态页面") },
        { "改进机会 使用/客服：应用内聊天", new(NoteKind.Opportunity, "使用", "客服", "应用内聊天") },
    };

    [Theory]
    [MemberData(nameof(Opportunities))]
    public void Opportunity(string message, NoteShortcut expected) => Assert.Equal(expected, Read(message));

    public static TheoryData<string, NoteShortcut> Touchpoints => new()
    {
        { "touchpoint Purchase/Customer: checkout page (web)", new(NoteKind.Touchpoint, "Purchase", "Customer", "checkout page") { Channel = "web" } },
        { "touchpoint Purchase: receipt", new(NoteKind.Touchpoint, "Purchase", null, "receipt") },
        { "touch point Use: help centre (web (mobile))", new(NoteKind.Touchpoint, "Use", null, "help centre") { Channel = "web (mobile)" } },
        { "touchpoint Use: (beta) status page", new(NoteKind.Touchpoint, "Use", null, "(beta) status page") },
        { "touchpoint Use: status page ()", new(NoteKind.Touchpoint, "Use", null, "status page ()") },
        { "触点 购买：收据（邮件）", new(NoteKind.Touchpoint, "购买", null, "收据") { Channel = "邮件" } },
        { "接触点 使用/客户：帮助中心 (App)", new(NoteKind.Touchpoint, "使用", "客户", "帮助中心") { Channel = "App" } },
    };

    [Theory]
    [MemberData(nameof(Touchpoints))]
    public void Touchpoint_with_its_channel_in_brackets_at_the_end(string message, NoteShortcut expected) =>
        Assert.Equal(expected, Read(message));

    public static TheoryData<string, NoteShortcut> Quotes => new()
    {
        { "quote Use: \"setup took all day\" — Ann", new(NoteKind.Quote, "Use", null, "setup took all day") { Speaker = "Ann" } },
        { "quote Use/Customer: “It just works” - Bo", new(NoteKind.Quote, "Use", "Customer", "It just works") { Speaker = "Bo" } },
        { "quote Use: 'it's slow' (Chris Lee)", new(NoteKind.Quote, "Use", null, "it's slow") { Speaker = "Chris Lee" } },
        { "quote Use: \"it's fine\"", new(NoteKind.Quote, "Use", null, "it's fine") },
        { "quote Use: \"he said \"wow\" twice\" –Dee", new(NoteKind.Quote, "Use", null, "he said \"wow\" twice") { Speaker = "Dee" } },
        { "quote Use: setup is slow — Ann", new(NoteKind.Quote, "Use", null, "setup is slow — Ann") },
        { "quote Use: \"fine\" she said", new(NoteKind.Quote, "Use", null, "\"fine\" she said") },
        { "quote Use: \"no speaker\" —", new(NoteKind.Quote, "Use", null, "no speaker") },
        { "引用 使用：「太慢了」——王芳", new(NoteKind.Quote, "使用", null, "太慢了") { Speaker = "王芳" } },
        { "原话 使用/客户：“找不到发票”（李雷）", new(NoteKind.Quote, "使用", "客户", "找不到发票") { Speaker = "李雷" } },
        { "引用 使用：『好用』", new(NoteKind.Quote, "使用", null, "好用") },
    };

    [Theory]
    [MemberData(nameof(Quotes))]
    public void Quote_with_an_optional_speaker_after_the_closing_mark(string message, NoteShortcut expected) =>
        Assert.Equal(expected, Read(message));

    public static TheoryData<string, NoteShortcut> Emotions => new()
    {
        { "emotion Use -2 setup takes a day", new(NoteKind.Emotion, "Use", null, "setup takes a day") { Score = -2 } },
        { "emotion Use: +1 fast", new(NoteKind.Emotion, "Use", null, "fast") { Score = 1 } },
        { "emotion Use +2: great", new(NoteKind.Emotion, "Use", null, "great") { Score = 2 } },
        { "emotion Use 2 great", new(NoteKind.Emotion, "Use", null, "great") { Score = 2 } },
        { "feeling Use the product/Customer 0 meh", new(NoteKind.Emotion, "Use the product", "Customer", "meh") { Score = 0 } },
        { "emotion Use \u22122 unicode minus", new(NoteKind.Emotion, "Use", null, "unicode minus") { Score = -2 } },
        { "emotion Use –1 en dash", new(NoteKind.Emotion, "Use", null, "en dash") { Score = -1 } },
        { "emotion Use 1 3 days to set up", new(NoteKind.Emotion, "Use", null, "3 days to set up") { Score = 1 } },
        { "emotion 2 -1 stage by position", new(NoteKind.Emotion, "2", null, "stage by position") { Score = -1 } },
        { "emotion Step2 -1 digits in the name", new(NoteKind.Emotion, "Step2", null, "digits in the name") { Score = -1 } },
        { "emotion Use/2 -1 lane by position", new(NoteKind.Emotion, "Use", "2", "lane by position") { Score = -1 } },
        { "情绪 使用 －２ 安装要一天", new(NoteKind.Emotion, "使用", null, "安装要一天") { Score = -2 } },
        { "情绪 使用：-2 安装要一天", new(NoteKind.Emotion, "使用", null, "安装要一天") { Score = -2 } },
        { "情绪使用-2安装要一天", new(NoteKind.Emotion, "使用", null, "安装要一天") { Score = -2 } },
        { "感受 使用/客户 ＋１：很顺利", new(NoteKind.Emotion, "使用", "客户", "很顺利") { Score = 1 } },
    };

    [Theory]
    [MemberData(nameof(Emotions))]
    public void Emotion_with_a_score_after_the_stage(string message, NoteShortcut expected) => Assert.Equal(expected, Read(message));

    public static TheoryData<string, NoteShortcut> Handoffs => new()
    {
        { "handoff Purchase Sales->Onboarding: signed order emailed", new(NoteKind.Handoff, "Purchase", "Sales", "signed order emailed") { ToLane = "Onboarding" } },
        { "hand-off Purchase Sales → Onboarding: order", new(NoteKind.Handoff, "Purchase", "Sales", "order") { ToLane = "Onboarding" } },
        { "hand off Purchase Sales＞Onboarding：order", new(NoteKind.Handoff, "Purchase", "Sales", "order") { ToLane = "Onboarding" } },
        { "handoff Purchase Sales to Onboarding: order", new(NoteKind.Handoff, "Purchase", "Sales", "order") { ToLane = "Onboarding" } },
        { "handoff Path to purchase Sales to Onboarding: order", new(NoteKind.Handoff, "Path to purchase", "Sales", "order") { ToLane = "Onboarding" } },
        { "handoff Use the product/Customer success => Support team: ticket", new(NoteKind.Handoff, "Use the product", "Customer success", "ticket") { ToLane = "Support team" } },
        { "handoff Use Support->Path to fix: ticket", new(NoteKind.Handoff, "Use", "Support", "ticket") { ToLane = "Path to fix" } },
        { "交接 购买 销售→入职：签好的订单已发邮件", new(NoteKind.Handoff, "购买", "销售", "签好的订单已发邮件") { ToLane = "入职" } },
        { "移交 购买/销售团队 到 入职：订单", new(NoteKind.Handoff, "购买", "销售团队", "订单") { ToLane = "入职" } },
    };

    [Theory]
    [MemberData(nameof(Handoffs))]
    public void Handoff_between_two_lanes(string message, NoteShortcut expected) => Assert.Equal(expected, Read(message));

    public static TheoryData<string, NoteShortcut> Evidence => new()
    {
        { "evidence Purchase: 7 of 10 abandon at the card form [analytics] [validated]", new(NoteKind.Evidence, "Purchase", null, "7 of 10 abandon at the card form") { Source = EvidenceSource.Analytics, Validated = true } },
        { "evidence Purchase/Customer: the form feels long [source: interview]", new(NoteKind.Evidence, "Purchase", "Customer", "the form feels long") { Source = EvidenceSource.Interview, Validated = false } },
        { "evidence Use: NPS fell to 12 [NPS]", new(NoteKind.Evidence, "Use", null, "NPS fell to 12") { Source = EvidenceSource.Nps, Validated = false } },
        { "evidence Use: satisfied [validated][CSAT]", new(NoteKind.Evidence, "Use", null, "satisfied") { Source = EvidenceSource.Csat, Validated = true } },
        { "evidence Use: churn survey [survey]", new(NoteKind.Evidence, "Use", null, "churn survey") { Source = EvidenceSource.Survey, Validated = false } },
        { "evidence Use: as written [sic]", new(NoteKind.Evidence, "Use", null, "as written [sic]") { Validated = false } },
        { "evidence Use: two sources [survey] [interview]", new(NoteKind.Evidence, "Use", null, "two sources [survey]") { Source = EvidenceSource.Interview, Validated = false } },
        { "evidence Use: [draft] numbers", new(NoteKind.Evidence, "Use", null, "[draft] numbers") { Validated = false } },
        { "证据 购买：十个人里七个放弃【访谈】【已验证】", new(NoteKind.Evidence, "购买", null, "十个人里七个放弃") { Source = EvidenceSource.Interview, Validated = true } },
        { "证据 购买/客户：表单太长【来源：问卷】", new(NoteKind.Evidence, "购买", "客户", "表单太长") { Source = EvidenceSource.Survey, Validated = false } },
    };

    [Theory]
    [MemberData(nameof(Evidence))]
    public void Evidence_with_source_and_validated_tags_at_the_end(string message, NoteShortcut expected) =>
        Assert.Equal(expected, Read(message));

    [Fact]
    public void Every_kind_word_in_the_resources_starts_a_note_of_its_kind()
    {
        foreach (var (kind, word) in NoteWords.Kinds)
        {
            var message = kind switch
            {
                NoteKind.Emotion => $"{word} Use -1 slow",
                NoteKind.Handoff => $"{word} Use Sales->Support: ticket",
                _ => $"{word} Use: text",
            };

            var result = NoteShortcutParser.Parse(message);

            Assert.True(result.Succeeded, $"'{message}': {result.Error}");
            Assert.Equal(kind, result.Shortcut.Kind);
            Assert.Equal("Use", result.Shortcut.Stage);
        }
    }

    [Fact]
    public void Every_kind_has_words_in_both_languages()
    {
        foreach (var kind in Enum.GetValues<NoteKind>())
        {
            var words = NoteWords.Kinds.Where(k => k.Kind == kind).Select(k => k.Word).ToList();

            Assert.Contains(words, w => w.All(char.IsAscii));
            Assert.Contains(words, w => !w.All(char.IsAscii));
        }
    }

    [Fact]
    public void No_kind_word_is_read_as_a_command()
    {
        // The handler tries commands first; a kind word that were also a command would never reach the parser.
        // The one exception is "action" (行动), also the action item command: the handler passes a message that reads
        // as a note shortcut naming a stage of the map back to the shortcut parser (see ActionCommands.IsNoteShortcut).
        var actionWords = BotText.WordsInAllLanguages(TextKeys.CommandActionItem);
        foreach (var (kind, word) in NoteWords.Kinds)
        {
            var shared = kind == NoteKind.Action && actionWords.Contains(word, StringComparer.OrdinalIgnoreCase);
            Assert.Equal(shared ? CommandKind.ActionItem : CommandKind.Unknown, CommandParser.Parse($"{word} Use: text").Kind);
        }
    }
}
