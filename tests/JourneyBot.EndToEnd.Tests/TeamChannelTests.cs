using JourneyBot.EndToEnd.Tests.Harness;

namespace JourneyBot.EndToEnd.Tests;

[Collection(PlaygroundCollection.Name)]
public sealed class TeamChannelTests(JourneyBotEndToEndFixture fixture)
{
    // Every message below @mentions the bot, as Teams requires in a channel; answers go in the
    // thread the command started, and each command starts a new thread.
    [Fact]
    public async Task Map_made_with_mentions_across_threads_shows_its_stages_in_order()
    {
        var channel = fixture.OpenChannel("Journey maps");

        await channel.PostNewThreadAsync("new map");                     // bot asks for the map's name
        await channel.SendAsync("Equipment repair hotline");             // ... the persona
        await channel.SendAsync("Plant maintenance lead");               // ... the goal
        await channel.SendAsync("Where do callers repeat their story?"); // ... the template
        await channel.SendAsync("blank");                                // map created

        await channel.PostNewThreadAsync("add stage");                   // bot asks for the stage's name
        await channel.SendAsync("Call the hotline");                     // blank map: added as the first stage, no position asked

        await channel.PostNewThreadAsync("add stage");                   // bot asks for the stage's name
        await channel.SendAsync("Notice fault");                         // ... its position
        await channel.SendAsync("1");                                    // before "Call the hotline"

        var map = await channel.PostNewThreadAsync("show map");
        map.ExpectCardShowingInOrder("Notice fault", "Call the hotline");
    }

    [Fact]
    public async Task Colleague_answering_in_a_thread_gets_the_reply_in_that_thread()
    {
        var maya = fixture.OpenChannel("Journey maps");
        await maya.PostNewThreadAsync("help");

        var daniel = maya.As("Daniel Okafor");
        var help = await daniel.SendAsync("help");

        help.ExpectCard();
        help.ExpectIn(maya.ThreadId!);
    }
}
