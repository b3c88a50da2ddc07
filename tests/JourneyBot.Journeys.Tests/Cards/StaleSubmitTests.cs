using JourneyBot.Journeys.Tests.Support;
using JourneyBot.TestSupport.Transcripts;
using static JourneyBot.Journeys.Tests.Cards.CardActionAuthorisationTests;

namespace JourneyBot.Journeys.Tests.Cards;

// Cards stay in the chat after what they are about has changed: a late click gets a clear reply and changes nothing wrongly.
public sealed class StaleSubmitTests(JourneyBotTestHost host) : IClassFixture<JourneyBotTestHost>
{
    [Fact]
    public async Task The_note_form_of_a_deleted_map_stores_nothing()
    {
        var chat = Chat();
        var (map, _) = await MapWithRedFlagAsync(host, chat, "Soon deleted");
        await chat.SendAsync("delete map");
        (await chat.SendAsync("yes")).ShouldSay("Deleted map **Soon deleted**.");

        (await chat.SubmitAsync(NoteForm(map, "Too late", "form-1"))).ShouldSay("The note was not saved: that map no longer exists here.");
        await chat.ExecuteAsync("addNote", NoteForm(map, "Too late", "form-1"));
        Assert.Equal("The note was not saved: that map no longer exists here.", chat.LastInvokeResponse!.Body!["value"]!.GetValue<string>());

        Assert.Equal(1, await RawRows.CountAsync(host, "notes", map.Id));
        Assert.Equal(0, await RawRows.CountAsync(host, "submissions", map.Id));
    }

    [Fact]
    public async Task The_note_form_naming_a_removed_stage_or_lane_says_which_and_stores_nothing()
    {
        var chat = Chat();
        var (map, _) = await MapWithRedFlagAsync(host, chat, "Shrinking map");
        var stale = NoteForm(map, "Where did it go", "form-2");
        stale["stage"] = map.Stages[^1].Id;
        var emptyLane = map.Lanes.Last(l => l.Kind != Domain.Maps.LaneKind.Customer);
        stale["lane"] = emptyLane.Id;

        await chat.SendAsync($"remove stage {map.Stages[^1].Name}");
        (await chat.SendAsync("yes")).ShouldSay($"Removed **{map.Stages[^1].Name}**.");
        (await chat.SubmitAsync(stale)).ShouldSay("The note was not saved: that stage is no longer on the map; please choose another.");

        stale["stage"] = map.Stages[0].Id;
        await chat.SendAsync($"remove lane {emptyLane.Name}");
        (await chat.SendAsync("yes")).ShouldSay($"Removed **{emptyLane.Name}**.");
        await chat.ExecuteAsync("addNote", stale);
        Assert.Contains("The note was not saved: that lane is no longer on the map; please choose another.", chat.LastInvokeResponse!.Body!["value"]!.TextBlocks());

        Assert.Equal(1, await RawRows.CountAsync(host, "notes", map.Id));
    }

    [Fact]
    public async Task Make_it_an_action_for_a_deleted_note_makes_no_action()
    {
        var chat = Chat();
        var (map, noteId) = await MapWithRedFlagAsync(host, chat, "Deleted flag");
        await chat.SendAsync($"delete note {noteId}");

        (await chat.SubmitAsync(Button($"action from {noteId}", map.Id))).ShouldSay($"There is no note `{noteId}` on **Deleted flag**. Nothing was saved");

        Assert.Equal(0, await RawRows.CountAsync(host, "actions", map.Id));
    }

    [Fact]
    public async Task Snooze_of_a_deleted_map_snoozes_nothing()
    {
        var chat = Chat();
        var (map, _) = await MapWithRedFlagAsync(host, chat, "Snoozed away");
        await chat.SendAsync("delete map");
        await chat.SendAsync("yes");
        var before = await RawRows.OfMapAsync(host, map.Id);

        (await chat.SubmitAsync(Button($"remind snooze {map.Id}", map.Id), cardMessageId: "reminder-1")).ShouldSay("The map this card is about no longer exists here, so nothing was changed.");
        (await chat.SubmitAsync(Button($"remind snooze {map.Id}"), cardMessageId: "reminder-1")).ShouldSay("There is no map here yet.");

        Assert.Equal(before, await RawRows.OfMapAsync(host, map.Id));
    }

    [Fact]
    public async Task A_review_answer_after_the_review_was_closed_stores_no_verdict()
    {
        var chat = Chat();
        var (map, _) = await MapWithRedFlagAsync(host, chat, "Closed review");
        (await chat.SendAsync("review", TestConversation.Bob)).ShouldSay("Review of **Closed review** started.");
        await chat.SendAsync("close review");
        var before = await RawRows.OfMapAsync(host, map.Id);

        (await chat.SendAsync("1", TestConversation.Bob)).ShouldSay("The review of **Closed review** was closed in the meantime.");

        Assert.Equal(before, await RawRows.OfMapAsync(host, map.Id));
    }

    /// <summary>A channel of its own (dialog state is per channel and person) in a team of its own.</summary>
    private TestConversation Chat() => CardChats.Channel(host);
}
