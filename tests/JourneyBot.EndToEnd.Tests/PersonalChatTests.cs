using JourneyBot.EndToEnd.Tests.Harness;

namespace JourneyBot.EndToEnd.Tests;

[Collection(PlaygroundCollection.Name)]
public sealed class PersonalChatTests(JourneyBotEndToEndFixture fixture)
{
    [Fact]
    public async Task New_map_and_added_stage_appear_on_the_map_card()
    {
        var chat = fixture.OpenPersonalChat();

        await chat.SendAsync("new map");                                              // bot asks for the map's name
        await chat.SendAsync("Equipment repair request");                             // ... the persona
        await chat.SendAsync("Plant maintenance lead whose production line is down"); // ... the goal
        await chat.SendAsync("Why do customers rate repairs well but still call the service exhausting?"); // ... the template
        await chat.SendAsync("3");                                                    // service blueprint: map created

        await chat.SendAsync("add stage");                                            // bot asks for the stage's name
        await chat.SendAsync("Technician visit");                                     // ... its position
        await chat.SendAsync("end");                                                  // stage added

        var map = await chat.SendAsync("show map");
        map.ExpectCardShowing("Technician visit");
    }

    [Fact]
    public async Task Add_stage_button_on_the_new_maps_card_adds_a_stage()
    {
        var chat = fixture.OpenPersonalChat();
        await chat.SendAsync("new map");
        await chat.SendAsync("Restaurant dinner");
        await chat.SendAsync("Family of four on a weekday evening");
        await chat.SendAsync("What do guests remember?");
        var created = await chat.SendAsync("blank");                                // map created, with its card

        await chat.ClickAsync(created, data => (string?)data["command"] == "add stage"); // bot asks for the stage's name
        await chat.SendAsync("Order food");                                           // blank map: the first stage, no position asked

        var map = await chat.SendAsync("show map");
        map.ExpectCardShowing("Order food");
    }
}
