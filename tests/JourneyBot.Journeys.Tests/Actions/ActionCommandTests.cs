using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using JourneyBot.BotKit.Schema;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Actions;
using JourneyBot.Domain.Maps;
using JourneyBot.Journeys.Conversations;
using JourneyBot.Journeys.Tests.Support;
using JourneyBot.TestSupport.Transcripts;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Journeys.Tests.Actions;

/// <summary>The action plan in chat: <c>action …</c>, <c>actions</c>, the note card's button. The test clock says Friday 2026-11-20.</summary>
public sealed partial class ActionCommandTests(JourneyBotTestHost host) : IClassFixture<JourneyBotTestHost>
{
    private static readonly ChannelAccount Priya = new() { Id = "29:priya", Name = "Priya Raman" };

    private IActionItemRepository Actions => host.Services.GetRequiredService<IActionItemRepository>();

    [Fact]
    public async Task An_action_with_an_owner_mention_and_a_due_date_is_stored_and_confirmed_with_its_id()
    {
        var chat = host.TeamChannel();
        await chat.CreateMapAsync("Plan");

        var reply = await SendMentioningAsync(chat, "action call back declined customers owner <at>Priya Raman</at> due 2026-12-01", Priya);

        var id = ActionId(reply);
        reply.ShouldSay($"Added action `{id}` to **Plan**: call back declined customers\nOwner: Priya Raman · due: 2026-12-01")
            .ShouldSay($"**action {id} doing**");
        var item = Assert.Single(await ItemsAsync(chat));
        Assert.Equal((id, "call back declined customers", "29:priya", new DateOnly(2026, 12, 1), ActionStatus.Open), (item.Id, item.Text, item.Owner.Id, item.Due!.Value, item.Status));
        Assert.Equal(TestConversation.Alice.Id, item.CreatedBy.Id);
    }

    [Fact]
    public async Task Without_an_owner_the_sender_owns_it_and_weekdays_today_and_tomorrow_are_read_as_dates()
    {
        var chat = host.Personal();
        await chat.CreateMapAsync("Dates");

        (await chat.SendAsync("action update the FAQ due friday")).ShouldSay("Owner: Alice Chen · due: 2026-11-20");
        (await chat.SendAsync("action fix the form due tomorrow")).ShouldSay("due: 2026-11-21");
        (await chat.SendAsync("action ask legal due Mon")).ShouldSay("due: 2026-11-23");
        (await chat.SendAsync("action no date at all")).ShouldSay("due: no date");
    }

    [Fact]
    public async Task An_unreadable_date_gets_a_clear_reply_and_nothing_is_stored()
    {
        var chat = host.Personal();
        await chat.CreateMapAsync("Bad date");

        (await chat.SendAsync("action fix checkout due someday soon")).ShouldSay("I can't read “someday soon” as a date. Use yyyy-mm-dd").ShouldSay("Nothing was saved.");
        (await chat.SendAsync("action fix checkout due 2026-02-30")).ShouldSay("“2026-02-30”");

        Assert.Empty(await ItemsAsync(chat));
    }

    [Fact]
    public async Task An_unknown_note_id_gets_a_reply_and_nothing_is_stored_a_known_one_is_linked()
    {
        var chat = host.Personal();
        await chat.CreateMapAsync("From notes");
        var noteId = NoteId(await chat.SendAsync("pain Use: setup takes a day"));

        (await chat.SendAsync("action write a setup guide from zz99")).ShouldSay("There is no note `zz99` on **From notes**. Nothing was saved");
        Assert.Empty(await ItemsAsync(chat));

        (await chat.SendAsync($"action write a setup guide from {noteId} due 2026-12-24")).ShouldSay($"due: 2026-12-24 · from note `{noteId}`");
        Assert.Equal(noteId, Assert.Single(await ItemsAsync(chat)).FromNoteId);
    }

    [Fact]
    public async Task Actions_lists_open_and_doing_items_overdue_first_and_actions_all_adds_done_ones()
    {
        var chat = host.Personal();
        await chat.CreateMapAsync("Listing");
        var later = ActionId(await chat.SendAsync("action publish status page due 2026-12-15"));
        var overdue = ActionId(await chat.SendAsync("action explain declined cards due 2026-11-10"));
        var undated = ActionId(await chat.SendAsync("action rename the plans"));
        var done = ActionId(await chat.SendAsync("action remove the old form"));
        await chat.SendAsync($"action {done} done");

        var list = (await chat.SendAsync("actions")).Text();

        Assert.Contains("**Open action items on Listing**: 3, 1 overdue", list, StringComparison.Ordinal);
        Assert.Contains($"`{overdue}` **open** explain declined cards\nAlice Chen · due 2026-11-10 ⚠️ overdue", list, StringComparison.Ordinal);
        Assert.Equal([overdue, later, undated], IdsIn(list));
        Assert.Contains("**actions all**", list, StringComparison.Ordinal);

        var all = await chat.SendAsync("actions all");
        all.ShouldSay("**All action items on Listing**: 4").ShouldSay($"`{done}` **done** remove the old form");
        Assert.Equal([overdue, later, undated, done], IdsIn(all.Text()));
    }

    [Fact]
    public async Task The_owner_may_change_the_status_others_get_a_polite_refusal_and_the_history_is_kept()
    {
        var chat = host.TeamChannel();
        await chat.CreateMapAsync("Status");
        var id = ActionId(await SendMentioningAsync(chat, "action call back declined customers owner <at>Priya Raman</at>", Priya));

        (await chat.SendAsync($"action {id} doing", Priya)).ShouldSay($"Action `{id}` is now **doing**: call back declined customers");
        (await chat.SendAsync($"action {id} done", TestConversation.Bob)).ShouldSay($"Sorry, only the owner of action `{id}`, the person who added it or a facilitator of the map can change it.");
        (await chat.SendAsync($"action {id} done", Priya)).ShouldSay("is now **done**");
        (await chat.SendAsync($"action {id} done", Priya)).ShouldSay($"Action `{id}` is already **done**.");
        (await chat.SendAsync("action a9999 done")).ShouldSay("There is no action item `a9999` on **Status**.");
        (await chat.SendAsync($"action {id}", TestConversation.Bob)).ShouldSay($"`{id}` **done** call back declined customers\nPriya Raman · due no date");

        var item = Assert.Single(await ItemsAsync(chat));
        Assert.Equal([(ActionStatus.Open, ActionStatus.Doing, "29:priya"), (ActionStatus.Doing, ActionStatus.Done, "29:priya")], item.History.Select(h => (h.From, h.To, h.By.Id)));
    }

    [Fact]
    public async Task The_creator_may_change_the_owner_and_the_due_date()
    {
        var chat = host.TeamChannel();
        await chat.CreateMapAsync("Owners");
        var id = ActionId(await chat.SendAsync("action explain fees"));

        (await SendMentioningAsync(chat, $"action {id} owner <at>Priya Raman</at>", Priya)).ShouldSay($"Action `{id}` is now owned by Priya Raman.");
        (await chat.SendAsync($"action {id} owner")).ShouldSay($"Mention the new owner with @, like **action {id} owner @someone**.");
        (await chat.SendAsync($"action {id} due 2026-12-02")).ShouldSay($"Action `{id}` is now due 2026-12-02.");
        (await chat.SendAsync($"action {id} due whenever")).ShouldSay("I can't read “whenever” as a date.");

        var item = Assert.Single(await ItemsAsync(chat));
        Assert.Equal(("29:priya", new DateOnly(2026, 12, 2)), (item.Owner.Id, item.Due!.Value));
    }

    [Fact]
    public async Task A_red_flag_card_has_a_make_it_an_action_button_that_creates_the_action_for_whoever_pressed_it()
    {
        var chat = host.TeamChannel();
        await chat.CreateMapAsync("Buttons");
        var added = await chat.SendAsync("red flag Purchase: card declined with no reason");
        var noteId = NoteId(added);
        var buttons = Assert.Single(added.Cards())["actions"]!.AsArray().Select(a => ((string)a!["title"]!, (string)a["data"]!["command"]!)).ToList();
        Assert.Equal([("Undo", $"undo {noteId}"), ("Make it an action", $"action from {noteId}")], buttons);

        var reply = await chat.SubmitAsync(new JsonObject { ["command"] = $"action from {noteId}" }, TestConversation.Bob);

        var id = ActionId(reply);
        reply.ShouldSay($"Added action `{id}` to **Buttons**: card declined with no reason\nOwner: Bob Müller · due: no date · from note `{noteId}`")
            .ShouldSay($"**action {id} owner @someone**, **action {id} due yyyy-mm-dd**");
        (await chat.SubmitAsync(new JsonObject { ["command"] = $"action from {noteId}" }, TestConversation.Bob)).ShouldSay($"Note `{noteId}` is already action `{id}`");
        var item = Assert.Single(await ItemsAsync(chat));
        Assert.Equal((noteId, "29:bob", (DateOnly?)null), (item.FromNoteId, item.Owner.Id, item.Due));
    }

    [Fact]
    public async Task Other_note_kinds_have_no_action_button_and_action_shortcuts_naming_a_stage_stay_notes()
    {
        var chat = host.Personal();
        await chat.CreateMapAsync("Kinds", template: "service blueprint");

        var quote = await chat.SendAsync("quote Use: \"so slow\"");
        Assert.Single(Assert.Single(quote.Cards())["actions"]!.AsArray());
        (await chat.SendAsync("action Purchase/Frontstage: agent calls back")).ShouldSay("Added Action `");
        (await chat.SendAsync("action Purchse: agent calls back")).ShouldSay("There is no stage “Purchse”");
        await chat.SendAsync("cancel");
        Assert.Empty(await ItemsAsync(chat));
    }

    [Fact]
    public async Task Chinese_words_add_list_and_finish_actions_and_行动_with_a_stage_stays_a_note()
    {
        var chat = host.Personal();
        chat.Locale = "zh-CN";
        await chat.CreateMapAsync("售后", template: "3");

        var reply = await chat.SendAsync("行动项 给客户回电 截止 明天");
        var id = ActionId(reply);
        reply.ShouldSay($"已在 **售后** 添加行动项 `{id}`：给客户回电\n负责人：Alice Chen · 截止：2026年11月21日");
        (await chat.SendAsync("行动项列表")).ShouldSay("**售后 的未完成行动项**：1 项，0 项已逾期").ShouldSay($"`{id}` **待办** 给客户回电");
        (await chat.SendAsync($"行动项 {id} 完成")).ShouldSay($"行动项 `{id}` 现在是 **已完成**");
        (await chat.SendAsync("行动项列表")).ShouldSay("**售后** 上没有未完成的行动项。");
        (await chat.SendAsync("全部行动项")).ShouldSay("**售后 的全部行动项**：1 项").ShouldSay($"`{id}` **已完成** 给客户回电");
        (await chat.SendAsync("行动项 查账 截止 下个月")).ShouldSay("无法把“下个月”识别为日期");
        (await chat.SendAsync("行动 使用：客服回电")).ShouldSay("使用 / 客户");

        Assert.Single(await ItemsAsync(chat));
    }

    [Fact]
    public async Task A_bare_action_explains_the_command()
    {
        var chat = host.Personal();
        await chat.CreateMapAsync("Usage");

        (await chat.SendAsync("action")).ShouldSay("To add an action item: **action <what to do> owner @someone due yyyy-mm-dd [from <note id>]**");
        (await chat.SendAsync("actions")).ShouldSay("No open action items on **Usage**.");
    }

    private async Task<IReadOnlyList<ActionItem>> ItemsAsync(TestConversation chat)
    {
        var scope = ConversationScopes.For(chat.NewActivity(ActivityTypes.Message));
        var map = Assert.Single(await host.Maps.ListAsync(scope, default));
        return await Actions.ListAsync(scope, map.Id, default);
    }

    private static Task<IReadOnlyList<Activity>> SendMentioningAsync(TestConversation chat, string text, ChannelAccount mentioned, ChannelAccount? from = null)
    {
        var activity = chat.NewActivity(ActivityTypes.Message, from) with
        {
            Text = $"<at>{TestConversation.Bot.Name}</at> {text}",
            Entities =
            [
                new Entity { Type = Entity.MentionType, Mentioned = TestConversation.Bot, Text = $"<at>{TestConversation.Bot.Name}</at>" },
                new Entity { Type = Entity.MentionType, Mentioned = mentioned, Text = $"<at>{mentioned.Name}</at>" },
            ],
        };
        return chat.DeliverAsync(activity);
    }

    private static string ActionId(IReadOnlyList<Activity> replies) => AddedAction().Match(replies.Text()) is { Success: true } m
        ? m.Groups[1].Value
        : throw new Xunit.Sdk.XunitException("No action was added: " + replies.Text());

    private static string NoteId(IReadOnlyList<Activity> replies) => NoteAdded().Match(replies.Text()).Groups[1].Value;

    private static List<string> IdsIn(string list) => ListedId().Matches(list).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("^`(a[a-z2-9]{4})`", RegexOptions.Multiline)]
    private static partial Regex ListedId();

    [GeneratedRegex("(?:action|行动项) `(a[a-z2-9]{4})`")]
    private static partial Regex AddedAction();

    [GeneratedRegex("`([a-z2-9]{4})`")]
    private static partial Regex NoteAdded();
}
