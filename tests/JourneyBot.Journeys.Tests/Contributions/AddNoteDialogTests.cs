using System.Text.Json.Nodes;
using JourneyBot.BotKit.Schema;
using JourneyBot.Domain.Notes;
using JourneyBot.Journeys.Conversations;
using JourneyBot.Journeys.Tests.Support;
using JourneyBot.TestSupport.Transcripts;

namespace JourneyBot.Journeys.Tests.Contributions;

public sealed class AddNoteDialogTests(JourneyBotTestHost host) : IClassFixture<JourneyBotTestHost>
{
    [Fact]
    public async Task A_red_flag_on_a_one_lane_map_needs_kind_stage_and_text()
    {
        var chat = host.Personal("webchat");
        await chat.CreateMapAsync("Trial to paid");

        (await chat.SendAsync("add")).ShouldSay("What would you like to add to **Trial to paid**?").ShouldSay("6. Red flag: broken");
        (await chat.SendAsync("red flag")).ShouldSay("At which stage?").ShouldSay("3. Purchase");
        (await chat.SendAsync("Purchase")).ShouldSay("What happens?");
        var stored = await chat.SendAsync("Card declined with no reason 💳");

        var confirmation = Assert.Single(stored.Cards());
        Assert.Contains(confirmation.TextBlocks(), t => t.Contains("Added Red flag `", StringComparison.Ordinal) && t.Contains("Purchase / Customer", StringComparison.Ordinal) && t.Contains("Card declined with no reason 💳", StringComparison.Ordinal));
        Assert.StartsWith("undo ", confirmation["actions"]![0]!["data"]!["command"]!.GetValue<string>(), StringComparison.Ordinal);

        var note = Assert.Single(await NotesAsync(chat));
        Assert.Equal(NoteKind.RedFlag, note.Kind);
        Assert.Equal("Card declined with no reason 💳", note.Text);
        Assert.Equal(TestConversation.Alice.Id, note.Author.Id);
    }

    [Fact]
    public async Task Emotion_asks_the_score_first_and_refuses_scores_out_of_range()
    {
        var chat = host.Personal("webchat");
        await chat.CreateMapAsync("Setup pain");

        await chat.SendAsync("add");
        await chat.SendAsync("4");
        (await chat.SendAsync("use")).ShouldSay("How does the customer feel, from -2 (very bad) to +2 (very good)?");
        (await chat.SendAsync("3")).ShouldSay("Please answer with a whole number from -2 to +2.");
        (await chat.SendAsync("1.5")).ShouldSay("Please answer with a whole number from -2 to +2.");
        (await chat.SendAsync("-2")).ShouldSay("Why does the customer feel this way?");
        (await chat.SendAsync("Setup takes a whole day")).ShouldSay("Emotion -2");

        var note = Assert.Single(await NotesAsync(chat));
        Assert.Equal(-2, note.Score);
        Assert.Equal("Setup takes a whole day", note.Text);
    }

    [Fact]
    public async Task Quote_touchpoint_and_evidence_collect_their_extra_fields()
    {
        var chat = host.Personal("webchat");
        await chat.CreateMapAsync("Support calls");

        await chat.SendAsync("add");
        await chat.SendAsync("quote");
        await chat.SendAsync("feedback");
        (await chat.SendAsync("I had to call three times")).ShouldSay("Who said it?");
        await chat.SendAsync("Customer in the March interviews");

        await chat.SendAsync("add");
        await chat.SendAsync("touchpoint");
        await chat.SendAsync("1");
        await chat.SendAsync("Sees a LinkedIn ad");
        (await chat.SendAsync("skip")).ShouldSay("Added Touchpoint");

        await chat.SendAsync("add");
        await chat.SendAsync("evidence");
        await chat.SendAsync("Use");
        await chat.SendAsync("40% drop after day one");
        (await chat.SendAsync("analytics")).ShouldSay("Was it validated with real customers?");
        (await chat.SendAsync("maybe")).ShouldSay("Please answer yes or no.");
        (await chat.SendAsync("no")).ShouldSay("Added Evidence");

        var notes = await NotesAsync(chat);
        Assert.Equal("Customer in the March interviews", notes.Single(n => n.Kind == NoteKind.Quote).Speaker);
        Assert.Null(notes.Single(n => n.Kind == NoteKind.Touchpoint).Channel);
        var evidence = notes.Single(n => n.Kind == NoteKind.Evidence);
        Assert.Equal(EvidenceSource.Analytics, evidence.Source);
        Assert.False(evidence.Validated);
    }

    [Fact]
    public async Task Handoff_asks_both_lanes_and_never_offers_the_same_lane_twice()
    {
        var chat = host.Personal("webchat");
        await chat.CreateMapAsync("Broadband install", template: "service blueprint");

        await chat.SendAsync("add");
        await chat.SendAsync("hand-off");
        await chat.SendAsync("Purchase");
        (await chat.SendAsync("Frontstage")).ShouldSay("To which lane?").ShouldNotSay("Frontstage");
        (await chat.SendAsync("backstage")).ShouldSay("What happens?");
        (await chat.SendAsync("Signed order emailed")).ShouldSay("Frontstage → Backstage");

        var note = Assert.Single(await NotesAsync(chat));
        Assert.Equal(NoteKind.Handoff, note.Kind);
        Assert.NotEqual(note.LaneId, note.ToLaneId);
    }

    [Fact]
    public async Task Text_over_two_thousand_characters_is_refused_with_its_length()
    {
        var chat = host.Personal("webchat");
        await chat.CreateMapAsync("Long notes");
        await chat.SendAsync("add");
        await chat.SendAsync("pain point");
        await chat.SendAsync("Use");

        (await chat.SendAsync(new string('x', 2001))).ShouldSay("That is 2001 characters; a note holds at most 2000.");
        (await chat.SendAsync(new string('y', 2000))).ShouldSay("Added Pain point");

        Assert.Equal(2000, Assert.Single(await NotesAsync(chat)).Text.Length);
    }

    [Fact]
    public async Task Right_to_left_and_chinese_text_is_stored_intact()
    {
        var chat = host.Personal("webchat");
        chat.Locale = "zh-CN";
        await chat.CreateMapAsync("结账流程");

        (await chat.SendAsync("添加")).ShouldSay("你想在 **结账流程** 中添加什么？");
        await chat.SendAsync("绿旗");
        await chat.SendAsync("购买");
        (await chat.SendAsync("الدفع سهل — 付款很顺利")).ShouldSay("已在 **结账流程**");

        Assert.Equal("الدفع سهل — 付款很顺利", Assert.Single(await NotesAsync(chat)).Text);
    }

    [Fact]
    public async Task A_stage_added_while_the_question_is_open_does_not_shift_the_answer()
    {
        var chat = host.Personal("webchat");
        await chat.CreateMapAsync("Moving target");
        (await chat.SendAsync("add red flag")).ShouldSay("At which stage?").ShouldSay("3. Purchase");

        // Someone else inserts a stage at the front while this question waits.
        var scope = ConversationScopes.For(chat.NewActivity("message"));
        var map = Assert.Single(await host.Maps.ListAsync(scope, default));
        await host.Maps.UpdateAsync(scope, map.Id, m => m.AddStage("Discover", 1, host.Time.GetUtcNow()), default);

        await chat.SendAsync("3");
        await chat.SendAsync("Card declined");

        var updated = Assert.Single(await host.Maps.ListAsync(scope, default));
        Assert.Equal("Purchase", updated.FindStage(Assert.Single(await NotesAsync(chat)).StageId)!.Name);
    }

    [Fact]
    public async Task Cancel_in_the_middle_stores_nothing()
    {
        var chat = host.Personal("webchat");
        await chat.CreateMapAsync("Cancelled note");
        await chat.SendAsync("add");
        await chat.SendAsync("opportunity");

        (await chat.SendAsync("cancel")).ShouldSay("Stopped.");

        Assert.Empty(await NotesAsync(chat));
    }

    [Fact]
    public async Task Add_on_a_blank_map_explains_that_stages_come_first()
    {
        var chat = host.Personal("webchat");
        await chat.CreateMapAsync("Nothing yet", template: "blank");

        (await chat.SendAsync("add")).ShouldSay("**Nothing yet** has no stages yet.");
    }

    [Fact]
    public async Task Undo_takes_back_my_latest_note_and_the_button_does_the_same()
    {
        var chat = host.Personal("webchat");
        await chat.CreateMapAsync("Undo map");
        await AddGreenFlagAsync(chat, "First");
        var second = await AddGreenFlagAsync(chat, "Second");

        var command = Assert.Single(second.Cards())["actions"]![0]!["data"]!["command"]!.GetValue<string>();
        (await chat.SubmitAsync(new JsonObject { ["command"] = command })).ShouldSay("Took back note").ShouldSay("Second");
        (await chat.SendAsync("undo")).ShouldSay("First");
        (await chat.SendAsync("undo")).ShouldSay("You have no note on **Undo map** to take back.");

        Assert.Empty(await NotesAsync(chat));
        Assert.Equal(2, (await NotesAsync(chat, includeDeleted: true)).Count);
    }

    [Fact]
    public async Task Edit_keeps_history_and_only_the_author_or_a_facilitator_may_change_a_note()
    {
        var chat = host.TeamChannel();
        await chat.CreateMapAsync("Shared", persona: "p", goal: "g");
        var id = NoteId(await AddGreenFlagAsync(chat, "Checkout is quick", TestConversation.Bob));

        (await chat.SendAsync($"edit {id} Checkout is quick on desktop", TestConversation.Bob)).ShouldSay($"Updated `{id}`.");
        (await chat.SendAsync($"edit {id} Hijacked", new() { Id = "29:carol", Name = "Carol" })).ShouldSay($"Only the author of `{id}` or a facilitator");
        (await chat.SendAsync($"edit {id} Quick on desktop, slow on mobile", TestConversation.Alice)).ShouldSay($"Updated `{id}`.");
        (await chat.SendAsync("edit")).ShouldSay("Write **edit** followed by the note id");
        (await chat.SendAsync("edit zzzz new text")).ShouldSay("There is no note `zzzz`");

        var note = Assert.Single(await NotesAsync(chat));
        Assert.Equal("Quick on desktop, slow on mobile", note.Text);
        Assert.Equal(["Checkout is quick", "Checkout is quick on desktop"], note.History.Select(h => h.Text));
        Assert.Equal(TestConversation.Alice.Id, note.History[^1].EditedBy.Id);
    }

    [Fact]
    public async Task Delete_is_soft_and_restore_brings_the_note_back()
    {
        var chat = host.Personal("webchat");
        await chat.CreateMapAsync("Soft delete");
        var id = NoteId(await AddGreenFlagAsync(chat, "Keeps working"));

        (await chat.SendAsync($"delete note {id}")).ShouldSay($"Deleted note `{id}`.");
        Assert.Empty(await NotesAsync(chat));
        (await chat.SendAsync($"restore {id}")).ShouldSay("Keeps working");
        Assert.Single(await NotesAsync(chat));
    }

    private static async Task<IReadOnlyList<Activity>> AddGreenFlagAsync(TestConversation chat, string text, ChannelAccount? from = null)
    {
        await chat.SendAsync("add green flag", from);
        await chat.SendAsync("Use", from);
        return await chat.SendAsync(text, from);
    }

    private static string NoteId(IReadOnlyList<Activity> confirmation) =>
        Assert.Single(confirmation.Cards())["actions"]![0]!["data"]!["command"]!.GetValue<string>()["undo ".Length..];

    private async Task<IReadOnlyList<Note>> NotesAsync(TestConversation chat, bool includeDeleted = false)
    {
        var scope = ConversationScopes.For(chat.NewActivity("message"));
        var map = Assert.Single(await host.Maps.ListAsync(scope, default));
        return await host.Notes.ListAsync(scope, map.Id, includeDeleted, default);
    }
}
