using System.Text.Json.Nodes;
using JourneyBot.Domain.Maps;
using JourneyBot.Journeys.Conversations;
using JourneyBot.Journeys.Tests.Support;
using JourneyBot.TestSupport.Transcripts;

namespace JourneyBot.Journeys.Tests.Cards;

// Every card button's data can be forged: the map ids in it are resolved only within the conversation's own scope,
// and what only facilitators may do is checked on the server whatever the client sends.
public sealed class CardActionAuthorisationTests(JourneyBotTestHost host) : IClassFixture<JourneyBotTestHost>
{
    private const string ButtonMapGone = "The map this card is about no longer exists here, so nothing was changed.";

    [Fact]
    public async Task Forged_buttons_from_another_team_carrying_a_map_of_team_a_change_nothing_there_and_get_a_clear_reply()
    {
        var teamA = Chat();
        var (mapA, noteA) = await MapWithRedFlagAsync(host, teamA, "Team A journey");
        var teamB = Chat();
        await teamB.CreateMapAsync("Team B journey");
        var before = await RawRows.OfMapAsync(host, mapA.Id);

        // The note form, as Action.Submit and as Action.Execute.
        var form = NoteForm(mapA, "Forged note");
        (await teamB.SubmitAsync(form, TestConversation.Bob)).ShouldSay("The note was not saved: that map no longer exists here.");
        Assert.Empty(await teamB.ExecuteAsync("addNote", form, TestConversation.Bob));
        Assert.Equal("The note was not saved: that map no longer exists here.", teamB.LastInvokeResponse!.Body!["value"]!.GetValue<string>());

        // Buttons whose command carries the card's map: Snooze, Make it an action, Undo, a summary stage row, Start review.
        (await teamB.SubmitAsync(Button($"remind snooze {mapA.Id}", mapA.Id), TestConversation.Bob)).ShouldSay(ButtonMapGone);
        (await teamB.SubmitAsync(Button($"action from {noteA}", mapA.Id), TestConversation.Bob)).ShouldSay(ButtonMapGone);
        (await teamB.SubmitAsync(Button($"undo {noteA}", mapA.Id), TestConversation.Bob)).ShouldSay(ButtonMapGone);
        (await teamB.SubmitAsync(Button("summary 1", mapA.Id), TestConversation.Bob)).ShouldSay(ButtonMapGone);
        (await teamB.SubmitAsync(Button("review", mapA.Id), TestConversation.Bob)).ShouldSay(ButtonMapGone);
        (await teamB.ExecuteAsync("action", Button($"action from {noteA}", mapA.Id), TestConversation.Bob)).ShouldSay(ButtonMapGone);

        // The same commands without a map id act on team B's own map, where team A's ids mean nothing.
        (await teamB.SubmitAsync(Button($"remind snooze {mapA.Id}"), TestConversation.Bob)).ShouldSay("That map no longer exists here, so there is nothing to snooze.");
        (await teamB.SubmitAsync(Button($"action from {noteA}"), TestConversation.Bob)).ShouldSay($"There is no note `{noteA}` on **Team B journey**.");
        (await teamB.SubmitAsync(Button($"undo {noteA}"), TestConversation.Bob)).ShouldSay($"There is no note `{noteA}` on **Team B journey**.");
        (await teamB.SendAsync($"use {mapA.Id}", TestConversation.Bob)).ShouldSay($"I could not find a map called “{mapA.Id}”");

        Assert.Equal(before, await RawRows.OfMapAsync(host, mapA.Id));
    }

    [Fact]
    public async Task A_button_acts_on_the_map_of_its_card_even_when_another_map_is_current()
    {
        var chat = Chat();
        var (first, noteId) = await MapWithRedFlagAsync(host, chat, "First map");
        await chat.CreateMapAsync("Second map");

        (await chat.SubmitAsync(Button("summary 1", first.Id))).ShouldSay("Awareness");
        Assert.Equal("Awareness", Assert.Single((await chat.SubmitAsync(Button("summary 1", first.Id))).Cards()).TextBlocks()[0]);
        (await chat.SubmitAsync(Button($"undo {noteId}", first.Id))).ShouldSay($"Took back note `{noteId}`");
        (await chat.SendAsync("summary")).ShouldSay("Second map");

        Assert.True((await host.Notes.GetAsync(first.Scope, first.Id, noteId, default))!.IsDeleted);
    }

    [Fact]
    public async Task A_member_who_does_not_facilitate_cannot_use_the_button_data_of_facilitator_only_actions()
    {
        var chat = Chat();
        var (map, _) = await MapWithRedFlagAsync(host, chat, "Facilitated journey");
        (await chat.SendAsync("review", TestConversation.Bob)).ShouldSay("Review of **Facilitated journey** started.");
        await chat.SendAsync("cancel", TestConversation.Bob);
        var before = await RawRows.OfMapAsync(host, map.Id);

        string[] facilitatorOnly =
        [
            "delete map", "remove stage Awareness", "remove lane Customer", "rename map Hijacked", "rename stage Awareness to Hijacked",
            "move stage Awareness to 3", "remind off", "remind weekly", "remind every 2 weeks on Monday 09:00 Europe/Berlin",
        ];
        foreach (var command in facilitatorOnly)
        {
            (await chat.SubmitAsync(Button(command, map.Id), TestConversation.Bob)).ShouldSay("Only facilitators of **Facilitated journey** can do that: Alice Chen.");
            (await chat.SendAsync("yes", TestConversation.Bob)).ShouldNotSay("Deleted").ShouldNotSay("Removed");
        }

        (await chat.SubmitAsync(Button("owner Customer @Bob", map.Id), TestConversation.Bob)).ShouldNotSay("now owns");
        (await chat.SubmitAsync(Button("close review", map.Id), TestConversation.Bob)).ShouldSay("Sorry, only the map's facilitators (Alice Chen) can close a review.");

        Assert.Equal(before, await RawRows.OfMapAsync(host, map.Id));
        Assert.NotNull(await host.Maps.GetAsync(map.Scope, map.Id, default));
    }

    /// <summary>A map of the conversation's team with one red flag (by Alice, who facilitates it); returns the map and the note's id.</summary>
    internal static async Task<(JourneyMap Map, string NoteId)> MapWithRedFlagAsync(JourneyBotTestHost host, TestConversation chat, string name)
    {
        // A service blueprint: stages Awareness to Feedback, lanes from physical evidence to support.
        await chat.CreateMapAsync(name, template: "3");
        var added = await chat.SendAsync("red flag Awareness/Customer: the ad promises a free trial that does not exist");
        var card = Assert.Single(added.Cards());
        var undo = card["actions"]![0]!["data"]!["command"]!.GetValue<string>();
        var map = Assert.Single(await host.Maps.ListAsync(ConversationScopes.For(chat.NewActivity("message")), default), m => m.Name == name);
        return (map, undo["undo ".Length..]);
    }

    internal static JsonObject Button(string command, string? mapId = null)
    {
        var data = new JsonObject { ["command"] = command };
        if (mapId is not null)
        {
            data["mapId"] = mapId;
        }

        return data;
    }

    internal static JsonObject NoteForm(JourneyMap map, string text, string? submissionId = null)
    {
        var data = new JsonObject
        {
            ["action"] = "addNote",
            ["mapId"] = map.Id,
            ["kind"] = "PainPoint",
            ["stage"] = map.Stages[0].Id,
            ["lane"] = map.Lanes[0].Id,
            ["text"] = text,
        };
        if (submissionId is not null)
        {
            data["submissionId"] = submissionId;
        }

        return data;
    }

    /// <summary>A channel of its own (dialog state is per channel and person) in a team of its own.</summary>
    private TestConversation Chat() => CardChats.Channel(host);
}
