using System.Text.Json.Nodes;
using JourneyBot.BotKit.Schema;
using JourneyBot.Cards.Validation;
using JourneyBot.Journeys.Tests.Support;
using JourneyBot.TestSupport.Transcripts;

namespace JourneyBot.Journeys.Tests.Summaries;

public sealed class SummaryTests(JourneyBotTestHost host) : IClassFixture<JourneyBotTestHost>
{
    [Fact]
    public async Task Summary_shows_counts_per_stage_the_emotion_curve_flags_peak_end_gaps_and_changes()
    {
        var chat = host.TeamChannel();
        var mapId = await chat.CreateMapAsync("Checkout", template: "service blueprint");
        await FillAsync(chat);

        var card = Assert.Single((await chat.SendAsync("summary", TestConversation.Bob)).Cards());
        var texts = card.TextBlocks().ToList();
        var facts = card.Facts();

        Assert.Equal(["Checkout", "Map summary"], texts.Take(2));
        Assert.Equal(("Not reviewed yet", "2", "9"), (facts["Last review"], facts["Contributors"], facts["Notes"]));
        Assert.Equal("First-time small-business buyer", facts["Persona"]);
        Assert.Contains("Emotion curve: 🙂 → ➖ → 😫 → 🙂 → ➖", texts);
        Assert.Equal("1 🟢 · 1 🎭 · 1 ▶️", texts[texts.IndexOf("🙂 1. Awareness") + 1]);
        Assert.Equal("No notes", texts[texts.IndexOf("➖ 2. Consideration") + 1]);
        Assert.Equal("1 🔴 · 1 ⚠️ · 1 🎭", texts[texts.IndexOf("😫 3. Purchase") + 1]);
        Assert.Equal(("😫 Purchase · -2.0", "🙂 Awareness · +1.0", "🙂 Use · +1.0 (the last stage with emotion scores)"), (facts["Lowest point"], facts["Highest point"], facts["End"]));

        Assert.Equal("ads explain the price", texts[texts.IndexOf("What works well (1)") + 1]);
        var doesNotWork = texts.IndexOf("What doesn't work (2)");
        Assert.Equal(["too many form fields", "Purchase / Customer · Bob Müller", "card declined with no reason", "Purchase / Backstage · Alice Chen"], texts.Skip(doesNotWork + 1).Take(4));

        Assert.Contains("Stages with no backstage or support notes: Consideration, Use, Feedback", texts);
        Assert.Contains("Lanes with no notes: Physical evidence, Frontstage", texts);
        Assert.Contains("Stages with no evidence: Awareness, Consideration, Purchase, Feedback", texts);
        Assert.Contains("Lanes without an owner: Physical evidence, Frontstage, Backstage, Support processes", texts);
        Assert.Equal("9 added · 0 edited · 0 deleted", texts[texts.IndexOf("What changed in the last 14 days") + 1]);

        Assert.Equal(["summary Awareness", "summary Consideration", "summary Purchase", "summary Use", "summary Feedback"], card.RowCommands());
        Assert.Equal(["Start review", "Open the map page"], card.Buttons().Select(b => b.Title));
        var url = card.Buttons()[1].Target;
        Assert.StartsWith($"{JourneyBotTestHost.PublicBaseUrl}maps/{mapId}/view?t=", url, StringComparison.Ordinal);
        Assert.True(CardValidator.Check(card).IsValid, string.Join(" ", CardValidator.Check(card).Problems));
    }

    [Fact]
    public async Task What_changed_counts_notes_added_edited_and_deleted_in_the_last_fourteen_days_only()
    {
        var chat = host.Personal();
        await chat.CreateMapAsync("Changes");
        await chat.SendAsync("red flag Purchase: card declined");
        var edited = NoteId(await chat.SendAsync("pain Use: setup is slow"));
        var deleted = NoteId(await chat.SendAsync("green flag Use: quick answers"));
        host.Time.Advance(TimeSpan.FromDays(20));
        (await chat.SendAsync($"edit {edited} setup takes a whole day")).ShouldSay("Updated");
        host.Time.Advance(TimeSpan.FromMinutes(1));
        (await chat.SendAsync($"delete note {deleted}")).ShouldSay("Deleted note");
        host.Time.Advance(TimeSpan.FromMinutes(1));
        await chat.SendAsync("quote Feedback: \"never again\"");

        var texts = Assert.Single((await chat.SendAsync("summary")).Cards()).TextBlocks().ToList();

        var changes = texts.IndexOf("What changed in the last 14 days");
        Assert.Equal("1 added · 1 edited · 1 deleted", texts[changes + 1]);
        Assert.Equal(["never again", "Added · Feedback / Customer · Alice Chen", "quick answers", "Deleted · Use / Customer · Alice Chen", "setup takes a whole day", "Edited · Use / Customer · Alice Chen"], texts.Skip(changes + 2).Take(6));
        Assert.Equal(changes + 8, texts.Count);
        Assert.Contains("What works well (0)", texts);
        Assert.Contains("No green flags yet.", texts);
    }

    [Fact]
    public async Task Summary_of_a_stage_groups_its_notes_by_lane_with_its_quotes_and_gaps()
    {
        var chat = host.TeamChannel();
        await chat.CreateMapAsync("Stage detail", template: "service blueprint");
        await FillAsync(chat);
        await chat.SendAsync("quote Purchase: \"Why was my card declined?\" — Ana, customer");

        var card = Assert.Single((await chat.SendAsync("summary purchase")).Cards());
        var texts = card.TextBlocks().ToList();

        Assert.Equal(["Purchase", "Stage 3 of 5 · Stage detail", "Lanes at this stage"], texts.Take(3));
        Assert.Equal("😫 -2.0 (average of 1)", card.Facts()["Emotion"]);
        Assert.Equal("1 ⚠️ · 1 💬 · 1 🎭", texts[texts.IndexOf("😫 Customer") + 1]);
        Assert.Equal("1 🔴", texts[texts.IndexOf("Backstage") + 1]);
        Assert.Equal("No notes", texts[texts.IndexOf("Frontstage") + 1]);
        Assert.Equal(["“Why was my card declined?”", "— Ana, customer · Purchase / Customer"], texts.Skip(texts.IndexOf("Quotes (1)") + 1).Take(2));
        Assert.Contains("No evidence at this stage yet.", texts);
        Assert.Contains("Lanes with no notes here: Physical evidence, Frontstage, Support processes", texts);
        Assert.DoesNotContain(texts, t => t.Contains("ads explain the price", StringComparison.Ordinal));
        Assert.Equal("summary lane Backstage", card.RowCommands()[3]);
        Assert.Equal(("Back to the map summary", "summary"), card.Buttons()[0]);
        Assert.True(CardValidator.Check(card).IsValid);
    }

    [Fact]
    public async Task A_stage_row_of_a_journey_map_summary_opens_that_stage()
    {
        var chat = host.Personal();
        await chat.CreateMapAsync("Buttons");
        await chat.SendAsync("red flag Use: slow setup");
        var summary = Assert.Single((await chat.SendAsync("summary")).Cards());
        var command = summary.RowCommands()[3];

        // A plain journey map has only the customer lane: support cannot be judged, and the card says how to fix that.
        Assert.Contains("Only the customer lane is mapped, so the support behind the customer can't be checked: add a lane for each team (e.g. add lane Billing).", summary.TextBlocks());

        var detail = await chat.SubmitAsync(new JsonObject { ["command"] = command });

        Assert.Equal(["Use", "Stage 4 of 5 · Buttons"], Assert.Single(detail.Cards()).TextBlocks().Take(2));
        detail.ShouldSay("slow setup");
    }

    [Fact]
    public async Task The_map_summary_offers_to_start_a_review_and_the_button_starts_one()
    {
        var chat = host.Personal();
        await chat.CreateMapAsync("Review button");
        await chat.SendAsync("red flag Use: slow setup");
        var summary = Assert.Single((await chat.SendAsync("summary")).Cards());

        var review = summary["actions"]!.AsArray().Single(a => (string?)a!["title"] == "Start review")!;
        Assert.Equal("review", (string?)review["data"]!["command"]);
        var stage = Assert.Single((await chat.SendAsync("summary Use")).Cards());
        Assert.DoesNotContain(stage["actions"]!.AsArray(), a => (string?)a!["title"] == "Start review");

        (await chat.SubmitAsync(new JsonObject { ["command"] = "review" })).ShouldSay("Review of **Review button** started.");
        var text = host.Personal(channelId: "sms");
        await text.CreateMapAsync("Review hint");
        (await text.SendAsync("summary")).ShouldSay("Type **review** to walk the map together");
    }

    [Fact]
    public async Task Summary_of_a_lane_follows_it_across_the_stages()
    {
        var chat = host.TeamChannel();
        await chat.CreateMapAsync("Lane detail", template: "service blueprint");
        await FillAsync(chat);

        var card = Assert.Single((await chat.SendAsync("summary Backstage")).Cards());
        var texts = card.TextBlocks().ToList();

        Assert.Equal(["Backstage", "Lane · Lane detail", "Stages in this lane"], texts.Take(3));
        Assert.Equal(("Nobody yet", "1"), (card.Facts()["Owner"], card.Facts()["Notes"]));
        Assert.Equal("1 🔴", texts[texts.IndexOf("3. Purchase") + 1]);
        Assert.Contains("Stages with no notes in this lane: Awareness, Consideration, Use, Feedback", texts);
        Assert.Contains("What doesn't work (1)", texts);
        Assert.Equal("summary Purchase", card.RowCommands()[2]);

        var prefixed = Assert.Single((await chat.SendAsync("summary lane customer")).Cards());
        Assert.Equal("Customer", prefixed.TextBlocks()[0]);
        Assert.Equal("😫 Purchase · -2.0", prefixed.Facts()["Lowest point"]);
    }

    [Fact]
    public async Task A_stage_wins_over_a_lane_of_the_same_name_and_the_lane_word_picks_the_lane()
    {
        var chat = host.Personal();
        await chat.CreateMapAsync("Same names", template: "2");
        (await chat.SendAsync("add lane Support")).ShouldSay("Support");
        await chat.SendAsync("red flag Support/Support: nobody answers the phone");

        Assert.Equal(["Support", "Stage 5 of 5 · Same names"], Assert.Single((await chat.SendAsync("summary support")).Cards()).TextBlocks().Take(2));
        Assert.Equal(["Support", "Lane · Same names"], Assert.Single((await chat.SendAsync("summary lane support")).Cards()).TextBlocks().Take(2));
        Assert.Equal(["Support", "Stage 5 of 5 · Same names"], Assert.Single((await chat.SendAsync("summary stage Support")).Cards()).TextBlocks().Take(2));
    }

    [Fact]
    public async Task A_number_is_a_stage_position_and_after_the_lane_word_a_lane_position()
    {
        var chat = host.Personal();
        await chat.CreateMapAsync("Positions", template: "service blueprint");

        Assert.Equal("Purchase", Assert.Single((await chat.SendAsync("summary 3")).Cards()).TextBlocks()[0]);
        Assert.Equal("Customer", Assert.Single((await chat.SendAsync("summary lane 2")).Cards()).TextBlocks()[0]);
    }

    [Fact]
    public async Task An_unknown_name_gets_the_closest_stages_and_lanes_or_the_whole_list()
    {
        var chat = host.Personal();
        await chat.CreateMapAsync("Names", template: "service blueprint");

        (await chat.SendAsync("summary Purchse")).ShouldSay("There is no stage or lane “Purchse” on **Names**. The closest: “Purchase” (stage).");
        (await chat.SendAsync("summary lane Backstag")).ShouldSay("The closest: “Backstage” (lane).");
        (await chat.SendAsync("summary zzz"))
            .ShouldSay("There is no stage or lane “zzz” on **Names**.")
            .ShouldSay("Stages: “Awareness”, “Consideration”, “Purchase”, “Use”, “Feedback”. Lanes: “Physical evidence”, “Customer”, “Frontstage”, “Backstage”, “Support processes”.");
    }

    [Fact]
    public async Task Without_a_map_summary_says_how_to_make_one()
    {
        var chat = host.Personal();

        (await chat.SendAsync("summary")).ShouldSay("There is no map here yet. Type **new map** to create one.");
    }

    [Fact]
    public async Task A_chinese_client_gets_chinese_labels_and_chinese_command_words_work()
    {
        var chat = host.Personal();
        chat.Locale = "zh-CN";
        await chat.CreateMapAsync("售后", template: "3");
        await chat.SendAsync("红旗 购买／后台：退款要两周");
        await chat.SendAsync("情绪 购买 -1 等待退款");

        var card = Assert.Single((await chat.SendAsync("总结")).Cards());
        var texts = card.TextBlocks().ToList();

        Assert.Equal(["售后", "地图总结"], texts.Take(2));
        Assert.Equal(("尚未评审", "1"), (card.Facts()["上次评审"], card.Facts()["贡献者"]));
        Assert.Equal("😟 购买 · -1.0", card.Facts()["最低点"]);
        Assert.Contains("有问题的（1）", texts);
        Assert.Contains("做得好的（0）", texts);
        Assert.Contains("最近 14 天的变化", texts);
        Assert.Contains("没有后台或支持流程笔记的阶段：认知、考虑、使用、反馈", texts);
        Assert.Equal(["开始复盘", "打开地图页面"], card.Buttons().Select(b => b.Title));

        var stage = Assert.Single((await chat.SendAsync("摘要 购买")).Cards());
        Assert.Equal(["购买", "第 3 个阶段，共 5 个 · 售后"], stage.TextBlocks().Take(2));
        Assert.Equal(["后台", "泳道 · 售后"], Assert.Single((await chat.SendAsync("总结 泳道 后台")).Cards()).TextBlocks().Take(2));
    }

    [Fact]
    public async Task A_channel_without_adaptive_cards_gets_the_same_summary_as_text()
    {
        var chat = host.Personal(channelId: "sms");
        await chat.CreateMapAsync("Texting", template: "service blueprint");
        await chat.SendAsync("red flag Purchase/Backstage: card declined with no reason");
        await chat.SendAsync("emotion Purchase -2 declined at checkout");

        var reply = Assert.Single(await chat.SendAsync("summary"));

        Assert.Null(reply.Attachments);
        reply.Text.ShouldContain("**Texting**\nMap summary");
        reply.Text.ShouldContain("Last review: Not reviewed yet");
        reply.Text.ShouldContain("- 😫 3. Purchase — 1 🔴 · 1 🎭");
        reply.Text.ShouldContain("- Lowest point: 😫 Purchase · -2.0");
        reply.Text.ShouldContain("**What doesn't work (1)**\n- card declined with no reason (Purchase / Backstage · Alice Chen)");
        reply.Text.ShouldContain("Type **summary** and a stage name for its details");
        reply.Text.ShouldContain($"Open the map page: {JourneyBotTestHost.PublicBaseUrl}maps/");
        Assert.DoesNotContain("${", reply.Text, StringComparison.Ordinal);

        var stage = Assert.Single(await chat.SendAsync("summary Purchase"));
        Assert.Null(stage.Attachments);
        stage.Text.ShouldContain("Type **summary** for the whole map.");
    }

    [Fact]
    public async Task Help_lists_the_summary_command()
    {
        var chat = host.Personal();

        (await chat.SendAsync("help")).ShouldSay("summary [<…>]");
    }

    /// <summary>Nine notes by two people on a blueprint: flags, a pain point, emotions, evidence and support work.</summary>
    private async Task FillAsync(TestConversation chat)
    {
        (string Text, ChannelAccount From)[] notes =
        [
            ("red flag Purchase/Backstage: card declined with no reason", TestConversation.Alice),
            ("pain Purchase: too many form fields", TestConversation.Bob),
            ("green flag Awareness: ads explain the price", TestConversation.Alice),
            ("emotion Purchase -2 declined at checkout", TestConversation.Alice),
            ("emotion Use 1 setup is quick", TestConversation.Bob),
            ("emotion Awareness 1 curious", TestConversation.Bob),
            ("evidence Use: 40% drop after day one [analytics]", TestConversation.Alice),
            ("action Awareness/Support processes: CRM logs the lead", TestConversation.Alice),
            ("quote Feedback: \"I had to call three times\" — Ana", TestConversation.Bob),
        ];
        foreach (var (text, from) in notes)
        {
            (await chat.SendAsync(text, from)).ShouldSay("Added ");
            host.Time.Advance(TimeSpan.FromMinutes(1));
        }
    }

    private static string NoteId(IReadOnlyList<Activity> confirmation)
    {
        var text = confirmation.ShouldSay("Added ").Text();
        var start = text.IndexOf('`', StringComparison.Ordinal) + 1;
        return text[start..text.IndexOf('`', start)];
    }
}
