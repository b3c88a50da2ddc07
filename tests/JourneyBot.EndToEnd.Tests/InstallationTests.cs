using JourneyBot.EndToEnd.Tests.Harness;

namespace JourneyBot.EndToEnd.Tests;

[Collection(PlaygroundCollection.Name)]
public sealed class InstallationTests(JourneyBotEndToEndFixture fixture)
{
    [Fact]
    public async Task Installing_the_app_in_a_personal_chat_sends_a_welcome()
    {
        var chat = fixture.OpenPersonalChat();

        var welcome = await chat.InstallAppAsync();
        welcome.ExpectTextOrCard();
    }
}
