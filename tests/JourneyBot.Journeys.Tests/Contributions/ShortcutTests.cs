using JourneyBot.BotKit.Schema;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;
using JourneyBot.Journeys.Conversations;
using JourneyBot.Journeys.Tests.Support;
using JourneyBot.TestSupport.Transcripts;

namespace JourneyBot.Journeys.Tests.Contributions;

public sealed class ShortcutTests(JourneyBotTestHost host) : IClassFixture<JourneyBotTestHost>
{
    [Fact]
    public async Task Every_kind_can_be_added_in_one_line()
    {
        var chat = host.Personal();
        await chat.CreateMapAsync("One liners", template: "service blueprint");

        (await chat.SendAsync("red flag Purchase/Backstage: card declined with no reason")).ShouldSay("Added Red flag `").ShouldSay("Purchase / Backstage");
        (await chat.SendAsync("green flag Awareness: ads explain the price")).ShouldSay("Awareness / Customer");
        (await chat.SendAsync("quote Feedback: \"I had to call three times\" — Ana, customer")).ShouldSay("Quote");
        (await chat.SendAsync("emotion Use -2 setup takes a day")).ShouldSay("Emotion -2");
        (await chat.SendAsync("handoff Purchase Frontstage->Backstage: signed order emailed")).ShouldSay("Frontstage → Backstage");
        (await chat.SendAsync("pain Consideration: too many plans to compare")).ShouldSay("Added Pain point `");
        (await chat.SendAsync("action Purchase/Frontstage: agent calls back")).ShouldSay("Added Action `");
        (await chat.SendAsync("touchpoint Purchase: checkout page (web)")).ShouldSay("Touchpoint");
        (await chat.SendAsync("opportunity Use: self-service status page")).ShouldSay("Opportunity");
        (await chat.SendAsync("evidence Use: 40% drop after day one [analytics] [validated]")).ShouldSay("Evidence");

        var notes = await NotesAsync(chat);
        Assert.Equal(10, notes.Count);
        Assert.Equal(Enum.GetValues<NoteKind>().Order(), notes.Select(n => n.Kind).Order());
        var map = await MapAsync(chat);
        Assert.Equal("Ana, customer", notes.Single(n => n.Kind == NoteKind.Quote).Speaker);
        Assert.Equal("I had to call three times", notes.Single(n => n.Kind == NoteKind.Quote).Text);
        Assert.Equal(-2, notes.Single(n => n.Kind == NoteKind.Emotion).Score);
        Assert.Equal("web", notes.Single(n => n.Kind == NoteKind.Touchpoint).Channel);
        var evidence = notes.Single(n => n.Kind == NoteKind.Evidence);
        Assert.Equal((EvidenceSource.Analytics, true), (evidence.Source!.Value, evidence.Validated!.Value));
        var handoff = notes.Single(n => n.Kind == NoteKind.Handoff);
        Assert.Equal(("Frontstage", "Backstage"), (map.FindLane(handoff.LaneId)!.Name, map.FindLane(handoff.ToLaneId!)!.Name));
        Assert.Equal(LaneKind.Customer, map.FindLane(notes.Single(n => n.Kind == NoteKind.GreenFlag).LaneId)!.Kind);
    }

    [Fact]
    public async Task A_misspelled_stage_is_never_filed_silently_the_closest_names_are_offered()
    {
        var chat = host.Personal();
        await chat.CreateMapAsync("Typos");

        var question = await chat.SendAsync("red flag Purchse: card declined");

        question.ShouldSay("There is no stage “Purchse” on **Typos**. Which one did you mean?").ShouldSay("1. Purchase");
        Assert.Empty(await NotesAsync(chat));
        (await chat.SendAsync("1")).ShouldSay("Purchase / Customer");
        Assert.Single(await NotesAsync(chat));
    }

    [Fact]
    public async Task An_unknown_lane_is_asked_about_and_cancel_stores_nothing()
    {
        var chat = host.Personal();
        await chat.CreateMapAsync("Lanes", template: "3");

        (await chat.SendAsync("red flag Use/Billing: invoice arrives late")).ShouldSay("There is no lane “Billing” on **Lanes**.");
        (await chat.SendAsync("cancel")).ShouldSay("Stopped.");

        Assert.Empty(await NotesAsync(chat));
    }

    [Fact]
    public async Task Names_match_ignoring_case_and_accents_and_chinese_names_work()
    {
        var chat = host.Personal();
        chat.Locale = "zh-CN";
        await chat.CreateMapAsync("售后", template: "3");

        (await chat.SendAsync("红旗 使用／后台：退款要两周")).ShouldSay("已在 **售后**").ShouldSay("使用 / 后台");
        chat.Locale = "en-US";
        (await chat.SendAsync("GREEN FLAG 使用: 客服很快")).ShouldSay("使用 / 客户");

        Assert.Equal(2, (await NotesAsync(chat)).Count);
    }

    [Theory]
    [InlineData("red flag : nothing", "Say at which stage")]
    [InlineData("pain Purchase", "Write the note after a colon")]
    [InlineData("emotion Use setup takes a day", "An emotion needs a score from -2 to +2")]
    [InlineData("emotion Use 5 setup takes a day", "An emotion needs a score from -2 to +2")]
    [InlineData("handoff Purchase: signed order", "A hand-off names two lanes")]
    public async Task Incomplete_shortcuts_get_an_example_and_store_nothing(string text, string expected)
    {
        var chat = host.Personal();
        await chat.CreateMapAsync("Examples");

        (await chat.SendAsync(text)).ShouldSay(expected);

        Assert.Empty(await NotesAsync(chat));
    }

    [Fact]
    public async Task A_note_over_two_thousand_characters_is_refused_and_nothing_is_stored()
    {
        var chat = host.Personal();
        await chat.CreateMapAsync("Too long");

        (await chat.SendAsync("pain Use: " + new string('x', 2001))).ShouldSay("A note holds at most 2000 characters. Nothing was saved");

        Assert.Empty(await NotesAsync(chat));
    }

    [Fact]
    public async Task A_shortcut_without_a_map_says_how_to_make_one()
    {
        var chat = host.Personal();

        (await chat.SendAsync("red flag Purchase: declined")).ShouldSay("There is no map here yet.");
    }

    [Fact]
    public async Task Notes_lists_filters_and_pages_with_authors()
    {
        var chat = host.TeamChannel();
        await chat.CreateMapAsync("Listing");
        for (var i = 1; i <= 12; i++)
        {
            await chat.SendAsync($"red flag Purchase: problem {i}", i % 2 == 0 ? TestConversation.Bob : TestConversation.Alice);
            host.Time.Advance(TimeSpan.FromSeconds(30));
        }

        await chat.SendAsync("green flag Use: works", TestConversation.Bob);

        (await chat.SendAsync("notes"))
            .ShouldSay("Notes on **Listing** (13):")
            .ShouldSay("Red flag · Purchase / Customer · Alice Chen: problem 1")
            .ShouldSay("Bob Müller: problem 2")
            .ShouldSay("Showing 1–10 of 13. Type **notes page 2** for more.");
        (await chat.SendAsync("notes page 2")).ShouldSay("problem 11").ShouldSay("Use / Customer · Bob Müller: works").ShouldNotSay("problem 1:");
        (await chat.SendAsync("notes use")).ShouldSay("Notes on **Listing** · Use (1):");
        (await chat.SendAsync("notes purchase red flag page 2")).ShouldSay("Notes on **Listing** · Purchase · Red flag (12):").ShouldSay("problem 12");
        (await chat.SendAsync("notes Feedback")).ShouldSay("No notes match on **Listing** yet.");
    }

    [Fact]
    public async Task Show_map_counts_notes_per_stage_and_names_every_contributor()
    {
        var chat = host.TeamChannel();
        await chat.CreateMapAsync("Counts");
        await chat.SendAsync("red flag Purchase: one", TestConversation.Alice);
        await chat.SendAsync("red flag Purchase: two", TestConversation.Bob);
        await chat.SendAsync("quote Use: \"three\"", TestConversation.Bob);

        var texts = Assert.Single((await chat.SendAsync("show map")).Cards()).TextBlocks().ToList();

        Assert.Equal("2 notes", texts[texts.IndexOf("Purchase") + 1]);
        Assert.Equal("1 note", texts[texts.IndexOf("Use") + 1]);
        Assert.Contains("Contributors (2)", texts);
        Assert.Equal("2 notes", texts[texts.IndexOf("Bob Müller") + 1]);
        Assert.Equal("1 note", texts[texts.IndexOf("Alice Chen") + 1]);
    }

    private async Task<JourneyMap> MapAsync(TestConversation chat) =>
        Assert.Single(await host.Maps.ListAsync(ConversationScopes.For(chat.NewActivity(ActivityTypes.Message)), default));

    private async Task<IReadOnlyList<Note>> NotesAsync(TestConversation chat)
    {
        var map = await MapAsync(chat);
        return await host.Notes.ListAsync(map.Scope, map.Id, includeDeleted: false, default);
    }
}
