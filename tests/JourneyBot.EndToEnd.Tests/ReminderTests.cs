using JourneyBot.EndToEnd.Tests.Harness;

namespace JourneyBot.EndToEnd.Tests;

// A review reminder on a shortened cadence arrives unprompted as a card in the Playground, and its Snooze button works.
[Collection(PlaygroundCollection.Name)]
public sealed class ReminderTests(JourneyBotEndToEndFixture fixture)
{
    [Fact]
    public async Task A_reminder_arrives_as_a_card_and_snooze_moves_the_next_one_a_week_on()
    {
        var chat = fixture.OpenPersonalChat();
        await chat.SendAsync("new map");
        await chat.SendAsync("Reminded journey");
        await chat.SendAsync("Busy team lead");
        await chat.SendAsync("Does the map stay current?");
        await chat.SendAsync("customer journey");
        (await chat.SendAsync("remind every 1 minute")).ExpectTextShowing("every minute");

        var mark = fixture.Playground.Messages.Count;
        var messages = await fixture.Playground.Messages.WaitForRepliesAsync(mark, chat.ConversationId, TimeSpan.FromSeconds(100), fixture.QuietPeriod, CancellationToken.None);
        var reminder = new BotReply(messages, chat);
        reminder.ExpectCardShowing("Time to review “Reminded journey”");

        var snoozed = await chat.ClickAsync(reminder, data => ((string?)data["command"])?.StartsWith("remind snooze", StringComparison.Ordinal) == true);
        snoozed.ExpectTextShowing("Snoozed", "(UTC)");
    }
}
