using System.Text.Json.Nodes;
using JourneyBot.Cards.Validation;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;
using JourneyBot.Journeys.Conversations;
using JourneyBot.Journeys.Tests.Support;
using JourneyBot.TestSupport.Transcripts;

namespace JourneyBot.Journeys.Tests.Contributions;

public sealed class NoteFormTests(JourneyBotTestHost host) : IClassFixture<JourneyBotTestHost>
{
    [Fact]
    public async Task Add_in_teams_shows_one_valid_form_with_the_maps_stages_and_lanes()
    {
        var chat = host.TeamChannel();
        await chat.CreateMapAsync("Blueprint", template: "3");

        var form = Assert.Single((await chat.SendAsync("add")).Cards());

        Assert.True(CardValidator.Check(form).IsValid, string.Join("; ", CardValidator.Check(form).Problems));
        var inputs = form["body"]!.AsArray().Select(e => e!["id"]?.GetValue<string>()).Where(id => id is not null).ToList();
        Assert.Equal(["kind", "stage", "lane", "toLane", "text", "score", "extra", "category"], inputs);
        Assert.Equal(10, Choices(form, "kind").Count);
        Assert.Equal(["Awareness", "Consideration", "Purchase", "Use", "Feedback"], Choices(form, "stage"));
        Assert.Equal("Customer", Choices(form, "lane")[1]);
        Assert.Equal("Action.Execute", form["actions"]![0]!["type"]!.GetValue<string>());
        Assert.Equal("Action.Submit", form["actions"]![0]!["fallback"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Executing_the_form_stores_the_note_and_answers_with_the_confirmation_card()
    {
        var chat = host.TeamChannel();
        var (map, data) = await FormAsync(chat, "RedFlag", stage: 2, lane: 1, "Pricing page hides the VAT");
        data["category"] = "assessment";

        var replies = await chat.ExecuteAsync("addNote", data, TestConversation.Bob);

        Assert.Empty(replies);
        var response = chat.LastInvokeResponse!.Body!;
        Assert.Equal(Attachment, response["type"]!.GetValue<string>());
        Assert.Contains(response["value"]!.TextBlocks(), t => t.Contains("Pricing page hides the VAT", StringComparison.Ordinal));
        var note = Assert.Single(await host.Notes.ListAsync(map.Scope, map.Id, false, default));
        Assert.Equal((NoteKind.RedFlag, map.Stages[1].Id, map.Lanes[0].Id, "Bob Müller", "assessment"), (note.Kind, note.StageId, note.LaneId, note.Author.Name, note.Category));
    }

    [Fact]
    public async Task Submitting_the_form_updates_the_card_in_place()
    {
        var chat = host.TeamChannel();
        var (map, data) = await FormAsync(chat, "Emotion", stage: 4, lane: 2, "Setup takes a day");
        data["score"] = "-2";

        var replies = await chat.SubmitAsync(data);

        var update = Assert.Single(replies);
        Assert.Equal("form-message-1", update.Id);
        Assert.Contains(update.Attachments![0].Content!.TextBlocks(), t => t.Contains("Emotion -2", StringComparison.Ordinal));
        Assert.Equal(-2, Assert.Single(await host.Notes.ListAsync(map.Scope, map.Id, false, default)).Score);
    }

    [Fact]
    public async Task A_form_missing_what_the_kind_needs_is_shown_again_with_the_reason_and_nothing_is_stored()
    {
        var chat = host.TeamChannel();
        var (map, data) = await FormAsync(chat, "Emotion", stage: 1, lane: 2, "No score given");

        await chat.ExecuteAsync("addNote", data);
        var again = chat.LastInvokeResponse!.Body!["value"]!;
        Assert.Contains("The note was not saved: an emotion needs a score from -2 to +2.", again.TextBlocks());

        data["kind"] = "Handoff";
        data["toLane"] = data["lane"]!.GetValue<string>();
        await chat.ExecuteAsync("addNote", data);
        Assert.Contains("The note was not saved: a hand-off needs a different lane to hand off to.", chat.LastInvokeResponse!.Body!["value"]!.TextBlocks());

        data["kind"] = "Quote";
        data["text"] = "   ";
        (await chat.SubmitAsync(data)).ShouldSay("The note was not saved: please write what happens.");

        Assert.Empty(await host.Notes.ListAsync(map.Scope, map.Id, true, default));
    }

    [Fact]
    public async Task A_form_naming_a_map_of_another_team_touches_nothing()
    {
        var theirs = host.TeamChannel();
        var (theirMap, data) = await FormAsync(theirs, "GreenFlag", stage: 1, lane: 1, "Forged");
        var mine = host.TeamChannel();

        (await mine.SubmitAsync(data)).ShouldSay("The note was not saved: that map no longer exists here.");

        Assert.Empty(await host.Notes.ListAsync(theirMap.Scope, theirMap.Id, true, default));
    }

    private const string Attachment = "application/vnd.microsoft.card.adaptive";

    private async Task<(JourneyMap Map, JsonObject Data)> FormAsync(TestConversation chat, string kind, int stage, int lane, string text)
    {
        await chat.CreateMapAsync($"Form map {Guid.NewGuid():N}"[..17], template: "3");
        var map = Assert.Single(await host.Maps.ListAsync(ConversationScopes.For(chat.NewActivity("message")), default));
        var data = new JsonObject
        {
            ["action"] = "addNote",
            ["mapId"] = map.Id,
            ["kind"] = kind,
            ["stage"] = map.Stages[stage - 1].Id,
            ["lane"] = map.Lanes[lane - 1].Id,
            ["text"] = text,
        };
        return (map, data);
    }

    private static List<string> Choices(JsonObject form, string id) =>
        form["body"]!.AsArray().Single(e => e!["id"]?.GetValue<string>() == id)!["choices"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()).ToList();
}
