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
}
