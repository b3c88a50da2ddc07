using JourneyBot.Journeys.Conversations;
using JourneyBot.Journeys.Tests.Support;
using JourneyBot.TestSupport.Transcripts;

namespace JourneyBot.Journeys.Tests.Dialogs;

public sealed class AddStageDialogTests(JourneyBotTestHost host) : IClassFixture<JourneyBotTestHost>
{
    [Fact]
    public async Task Add_stage_asks_name_and_position_then_inserts_it_there()
    {
        var chat = host.Personal();
        var id = await chat.CreateMapAsync("Trial to paid");

        (await chat.SendAsync("add stage")).ShouldSay("What is the new stage of **Trial to paid** called?");
        (await chat.SendAsync("Onboarding"))
            .ShouldSay("Where should “Onboarding” go?")
            .ShouldSay("3. Purchase")
            .ShouldSay("5. Feedback");
        (await chat.SendAsync("4")).ShouldSay("Added stage **Onboarding** to **Trial to paid** at position 4 of 6.");

        var map = await host.Maps.GetAsync(ConversationScopes.For(chat.NewActivity("message")), id, default);
        Assert.Equal(["Awareness", "Consideration", "Purchase", "Onboarding", "Use", "Feedback"], map!.Stages.Select(s => s.Name));
        Assert.Equal(6, map.Stages.Select(s => s.Id).Distinct().Count());
    }

    [Fact]
    public async Task End_puts_the_stage_last_and_show_map_lists_it()
    {
        var chat = host.Personal();
        await chat.CreateMapAsync("Support journey");

        await chat.SendAsync("add stage Renewal");
        (await chat.SendAsync("end")).ShouldSay("at position 6 of 6");

        var card = Assert.Single((await chat.SendAsync("show map")).Cards());
        var texts = card.TextBlocks().ToList();
        Assert.Equal(["5", "Feedback", "0 notes", "6", "Renewal", "0 notes"], texts.Skip(texts.IndexOf("Feedback") - 1).Take(6));
    }

    [Fact]
    public async Task Bad_positions_and_duplicate_names_are_explained()
    {
        var chat = host.Personal();
        await chat.CreateMapAsync("Mobile app");

        (await chat.SendAsync("add stage  use ")).ShouldSay("**Mobile app** already has a stage called “use”.");
        (await chat.SendAsync("Usé")).ShouldSay("**Mobile app** already has a stage called “Usé”.");
        (await chat.SendAsync("Upgrade")).ShouldSay("Where should “Upgrade” go?");
        (await chat.SendAsync("0")).ShouldSay("Please answer with a number from 1 to 6, or **end**.");
        (await chat.SendAsync("seven")).ShouldSay("Please answer with a number from 1 to 6, or **end**.");
        (await chat.SendAsync("７")).ShouldSay("Please answer with a number from 1 to 6, or **end**.");
        (await chat.SendAsync("１")).ShouldSay("at position 1 of 6");
    }

    [Fact]
    public async Task First_stage_of_a_blank_map_needs_no_position()
    {
        var chat = host.Personal();
        await chat.CreateMapAsync("From scratch", template: "4");

        (await chat.SendAsync("add stage 发现")).ShouldSay("“发现” will be the first stage.").ShouldSay("at position 1 of 1");
    }

    [Fact]
    public async Task Add_stage_without_a_map_says_how_to_make_one()
    {
        var chat = host.Personal();

        (await chat.SendAsync("add stage Onboarding")).ShouldSay("There is no map here yet. Type **new map** to create one.");
    }

    [Fact]
    public async Task A_stage_added_by_someone_else_meanwhile_is_not_duplicated()
    {
        var team = $"19:team-{Guid.NewGuid():N}@thread.tacv2";
        var chat = host.TeamChannel(team);
        var id = await chat.CreateMapAsync("Shared map");
        await chat.SendAsync($"use {id}", TestConversation.Bob);

        await chat.SendAsync("add stage Onboarding", TestConversation.Alice);
        await chat.SendAsync("add stage Onboarding", TestConversation.Bob);
        (await chat.SendAsync("2", TestConversation.Bob)).ShouldSay("Added stage **Onboarding**");
        (await chat.SendAsync("3", TestConversation.Alice)).ShouldSay("already has a stage called “Onboarding”");

        var map = await host.Maps.GetAsync(ConversationScopes.For(chat.NewActivity("message")), id, default);
        Assert.Single(map!.Stages, s => s.Name == "Onboarding");
    }
}
