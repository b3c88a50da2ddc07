using JourneyBot.BotKit.Schema;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;
using JourneyBot.Journeys.Conversations;
using JourneyBot.Journeys.Tests.Support;
using JourneyBot.TestSupport.Transcripts;

namespace JourneyBot.Journeys.Tests.Contributions;

public sealed class MapStructureTests(JourneyBotTestHost host) : IClassFixture<JourneyBotTestHost>
{
    private static readonly ChannelAccount Priya = new() { Id = "29:priya", Name = "Priya Raman" };

    [Fact]
    public async Task Lanes_go_below_the_customer_lane_unless_above_and_a_mention_makes_an_owner()
    {
        var chat = host.TeamChannel();
        await chat.CreateMapAsync("Lanes");

        (await chat.SendAsync("add lane Billing", TestConversation.Bob)).ShouldSay("Added lane **Billing** to **Lanes** at position 2 of 2.");
        (await chat.SendAsync("add lane Marketing above")).ShouldSay("at position 1 of 3");
        (await SendMentioningAsync(chat, "add lane Support <at>Priya Raman</at>", Priya)).ShouldSay("Added lane **Support**").ShouldSay("owned by Priya Raman");
        (await chat.SendAsync("add lane billing")).ShouldSay("**Lanes** already has a lane called “billing”.");

        var map = await MapAsync(chat);
        Assert.Equal(["Marketing", "Customer", "Support", "Billing"], map.Lanes.Select(l => l.Name));
        Assert.Equal(Priya.Id, map.Lanes[2].Owner!.Id);
        Assert.Contains("Priya Raman", Assert.Single((await chat.SendAsync("show map")).Cards()).TextBlocks());
    }

    [Fact]
    public async Task Only_facilitators_rename_move_or_remove_and_they_can_add_co_facilitators()
    {
        var chat = host.TeamChannel();
        await chat.CreateMapAsync("Roles");

        (await chat.SendAsync("rename stage Use to Onboarding", TestConversation.Bob)).ShouldSay("Only facilitators of **Roles** can do that: Alice Chen.");
        (await chat.SendAsync("remove stage Use", TestConversation.Bob)).ShouldSay("Only facilitators");
        (await SendMentioningAsync(chat, "facilitator <at>Bob Müller</at>", TestConversation.Bob)).ShouldSay("Bob Müller is now a facilitator of **Roles**.");
        (await chat.SendAsync("rename stage Use to Onboarding", TestConversation.Bob)).ShouldSay("Renamed stage “Use” to **Onboarding**.");

        var map = await MapAsync(chat);
        Assert.Contains("Onboarding", map.Stages.Select(s => s.Name));
        Assert.Equal(TestConversation.Bob.Id, Assert.Single(map.Facilitators).Id);
    }

    [Fact]
    public async Task Rename_and_move_explain_mistakes()
    {
        var chat = host.Personal();
        await chat.CreateMapAsync("Edits");

        (await chat.SendAsync("rename stage Use")).ShouldSay("Write it as: rename stage <old name> to <new name>");
        (await chat.SendAsync("rename stage Purchse to Buy")).ShouldSay("There is no stage “Purchse” on **Edits**. Did you mean “Purchase”?");
        (await chat.SendAsync("rename stage Use to purchase")).ShouldSay("already has a stage called “purchase”");
        (await chat.SendAsync("move stage Feedback to 9")).ShouldSay("Please answer with a number from 1 to 5");
        (await chat.SendAsync("move stage Feedback to 1")).ShouldSay("Moved stage **Feedback** to position 1 of 5.");
        (await chat.SendAsync("move stage Awareness to end")).ShouldSay("Moved stage **Awareness** to position 5 of 5.");

        Assert.Equal(["Feedback", "Consideration", "Purchase", "Use", "Awareness"], (await MapAsync(chat)).Stages.Select(s => s.Name));
    }

    [Fact]
    public async Task Removing_a_stage_moves_its_notes_where_the_facilitator_says()
    {
        var chat = host.Personal();
        await chat.CreateMapAsync("Remove with move");
        await chat.SendAsync("red flag Use: slow setup");
        await chat.SendAsync("green flag Use: good docs");

        (await chat.SendAsync("remove stage Use")).ShouldSay("Remove stage **Use** from **Remove with move**? It has 2 notes").ShouldSay("Move them to Feedback").ShouldSay("Archive them");
        (await chat.SendAsync("Feedback")).ShouldSay("Removed **Use**. 2 notes moved, 0 archived; none lost.");

        var map = await MapAsync(chat);
        Assert.DoesNotContain("Use", map.Stages.Select(s => s.Name));
        var notes = await host.Notes.ListAsync(map.Scope, map.Id, false, default);
        Assert.Equal(2, notes.Count);
        Assert.All(notes, n => Assert.Equal("Feedback", map.FindStage(n.StageId)!.Name));
    }

    [Fact]
    public async Task Removing_a_lane_can_archive_its_notes_which_stay_stored()
    {
        var chat = host.Personal();
        await chat.CreateMapAsync("Remove with archive", template: "3");
        await chat.SendAsync("red flag Use/Backstage: refund takes two weeks");
        await chat.SendAsync("handoff Purchase Frontstage->Backstage: order passed on");

        await chat.SendAsync("remove lane Backstage");
        (await chat.SendAsync("archive")).ShouldSay("Removed **Backstage**. 0 notes moved, 2 archived; none lost.");

        var map = await MapAsync(chat);
        Assert.Equal(4, map.Lanes.Count);
        var stored = await host.Notes.ListAsync(map.Scope, map.Id, includeDeleted: true, default);
        Assert.Equal(2, stored.Count);
        Assert.All(stored, n => Assert.True(n.Archived && n.IsDeleted));
    }

    [Fact]
    public async Task Removing_an_empty_lane_asks_for_confirmation_and_no_keeps_it()
    {
        var chat = host.Personal();
        await chat.CreateMapAsync("Confirm", template: "3");

        (await chat.SendAsync("remove lane Physical evidence")).ShouldSay("Remove **Physical evidence** from **Confirm**? It has no notes.");
        (await chat.SendAsync("no")).ShouldSay("Nothing was removed.");
        await chat.SendAsync("remove lane Physical evidence");
        (await chat.SendAsync("yes")).ShouldSay("Removed **Physical evidence**.");

        Assert.Equal(4, (await MapAsync(chat)).Lanes.Count);
    }

    [Fact]
    public async Task Two_people_adding_notes_step_by_step_in_one_channel_do_not_disturb_each_other()
    {
        var chat = host.TeamChannel();
        await chat.CreateMapAsync("Side by side");

        await chat.SendAsync("add red flag", TestConversation.Alice);
        await chat.SendAsync("add quote", TestConversation.Bob);
        (await chat.SendAsync("Purchase", TestConversation.Alice)).ShouldSay("What happens?");
        (await chat.SendAsync("Use", TestConversation.Bob)).ShouldSay("What was said, word for word?");
        await chat.SendAsync("Card declined", TestConversation.Alice);
        await chat.SendAsync("Where is my invoice?", TestConversation.Bob);
        (await chat.SendAsync("skip", TestConversation.Bob)).ShouldSay("Added Quote");

        var map = await MapAsync(chat);
        var notes = await host.Notes.ListAsync(map.Scope, map.Id, false, default);
        Assert.Equal((NoteKind.RedFlag, "Alice Chen", "Purchase"), notes.Where(n => n.Kind == NoteKind.RedFlag).Select(n => (n.Kind, n.Author.Name, map.FindStage(n.StageId)!.Name)).Single());
        Assert.Equal((NoteKind.Quote, "Bob Müller", "Use"), notes.Where(n => n.Kind == NoteKind.Quote).Select(n => (n.Kind, n.Author.Name, map.FindStage(n.StageId)!.Name)).Single());
    }

    [Fact]
    public async Task Facilitators_rename_and_delete_the_map_and_its_notes_stay_stored()
    {
        var chat = host.TeamChannel();
        await chat.CreateMapAsync("Old name");
        await chat.SendAsync("red flag Use: slow", TestConversation.Bob);
        await chat.CreateMapAsync("Other map");
        await chat.SendAsync("use Old name");
        await chat.SendAsync("use Old name", TestConversation.Bob);

        (await chat.SendAsync("rename map New name", TestConversation.Bob)).ShouldSay("Only facilitators of **Old name**");
        (await chat.SendAsync("rename map other MAP")).ShouldSay("There is already a map called “other MAP”");
        (await chat.SendAsync("rename map New name")).ShouldSay("Renamed the map to **New name**.");
        (await chat.SendAsync("delete map", TestConversation.Bob)).ShouldSay("Only facilitators");
        (await chat.SendAsync("delete map")).ShouldSay("Delete map **New name**? It will no longer be listed; its 1 notes stay stored.");
        (await chat.SendAsync("no")).ShouldSay("Nothing was removed.");
        await chat.SendAsync("delete map");
        (await chat.SendAsync("yes")).ShouldSay("Deleted map **New name**.");

        var scope = ConversationScopes.For(chat.NewActivity(ActivityTypes.Message));
        var remaining = Assert.Single(await host.Maps.ListAsync(scope, default));
        Assert.Equal("Other map", remaining.Name);
        (await chat.SendAsync("show map", TestConversation.Bob)).ShouldNotSay("New name");
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

    private async Task<JourneyMap> MapAsync(TestConversation chat) =>
        Assert.Single(await host.Maps.ListAsync(ConversationScopes.For(chat.NewActivity(ActivityTypes.Message)), default));
}
