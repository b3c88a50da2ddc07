using JourneyBot.EndToEnd.Tests.Harness;

namespace JourneyBot.EndToEnd.Tests;

[Collection(PlaygroundCollection.Name)]
public sealed class BotRestartTests(JourneyBotEndToEndFixture fixture)
{
    [Fact]
    public async Task Map_made_before_a_restart_is_still_shown_after_it()
    {
        var chat = fixture.OpenGroupChat();
        await chat.SendAsync("new map");
        await chat.SendAsync("Restaurant dinner");
        await chat.SendAsync("Family of four on a weekday evening");
        await chat.SendAsync("Where does the evening feel long?");
        await chat.SendAsync("customer journey");
        await chat.SendAsync("add stage");
        await chat.SendAsync("Pay the bill");
        await chat.SendAsync("end");

        await fixture.RestartBotAsync(CancellationToken.None);

        var map = await chat.SendAsync("show map");
        map.ExpectCardShowing("Pay the bill");
    }

    // Dialog state lives in Table Storage, not in the process: a question asked before a restart
    // is answered after it.
    [Fact]
    public async Task Add_stage_dialog_started_before_a_restart_finishes_after_it()
    {
        var channel = fixture.OpenChannel("General");
        await channel.PostNewThreadAsync("new map");
        await channel.SendAsync("Equipment repair request");
        await channel.SendAsync("Plant maintenance lead whose production line is down");
        await channel.SendAsync("Why is the repair service called exhausting?");
        await channel.SendAsync("service blueprint");
        await channel.PostNewThreadAsync("add stage");                   // bot asks for the stage's name

        await fixture.RestartBotAsync(CancellationToken.None);

        await channel.SendAsync("Back in production");                   // ... its position
        await channel.SendAsync("end");
        var map = await channel.PostNewThreadAsync("show map");
        map.ExpectCardShowing("Back in production");
    }
}
