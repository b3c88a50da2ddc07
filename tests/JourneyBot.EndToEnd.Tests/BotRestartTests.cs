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
}
