using System.Text.Json.Nodes;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Journeys.Tests.Support;
using JourneyBot.TestSupport.Transcripts;
using Microsoft.Extensions.DependencyInjection;
using static JourneyBot.Journeys.Tests.Cards.CardActionAuthorisationTests;

namespace JourneyBot.Journeys.Tests.Cards;

// Teams sends a double click as two activities with different ids, the same replyToId and the same value, sometimes at
// the same moment: the mutating buttons act once.
public sealed class DoubleClickTests(JourneyBotTestHost host) : IClassFixture<JourneyBotTestHost>
{
    [Fact]
    public async Task Each_rendered_note_form_carries_its_own_submission_id()
    {
        var chat = Chat();
        await chat.CreateMapAsync("Form ids");

        var first = SubmissionIdOf(Assert.Single((await chat.SendAsync("add")).Cards()));
        var second = SubmissionIdOf(Assert.Single((await chat.SendAsync("add")).Cards()));

        Assert.Matches("^[0-9a-f]{32}$", first);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task A_note_form_submitted_twice_stores_one_note_and_the_second_says_where_it_is()
    {
        var chat = Chat();
        var (map, _) = await MapWithRedFlagAsync(host, chat, "Double submit");
        var form = NoteForm(map, "Checkout asks for the address twice", "f0000000000000000000000000000001");

        var first = await chat.SubmitAsync(form);
        var noteId = first.Single().Attachments![0].Content!["actions"]![0]!["data"]!["command"]!.GetValue<string>()["undo ".Length..];
        (await chat.SubmitAsync(form)).ShouldSay($"This form was already saved as note `{noteId}`; nothing was added twice.");
        await chat.ExecuteAsync("addNote", form);
        Assert.Equal($"This form was already saved as note `{noteId}`; nothing was added twice.", chat.LastInvokeResponse!.Body!["value"]!.GetValue<string>());

        Assert.Equal(2, await RawRows.CountAsync(host, "notes", map.Id));
        Assert.Equal(1, await RawRows.CountAsync(host, "submissions", map.Id));

        // Another person filling the same card in the channel adds their own note.
        await chat.SubmitAsync(form, TestConversation.Bob);
        Assert.Equal(3, await RawRows.CountAsync(host, "notes", map.Id));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_note_form_submitted_twice_at_the_same_moment_stores_one_note(bool execute)
    {
        var teamId = $"19:team-{Guid.NewGuid():N}@thread.tacv2";
        var channel = $"19:{Guid.NewGuid():N}@thread.tacv2";
        var chat = CardChats.Channel(host, teamId, channel);
        var (map, _) = await MapWithRedFlagAsync(host, chat, "Concurrent submit");

        for (var round = 0; round < 10; round++)
        {
            var form = NoteForm(map, $"Round {round}: the coupon field eats the code", $"{round:x32}");
            var clicks = Enumerable.Range(0, 4).Select(_ => CardChats.Channel(host, teamId, channel)).ToList();
            await Task.WhenAll(clicks.Select(c => execute ? c.ExecuteAsync("addNote", form) : c.SubmitAsync(form)));
        }

        Assert.Equal(1 + 10, await RawRows.CountAsync(host, "notes", map.Id));
        Assert.Equal(10, await RawRows.CountAsync(host, "submissions", map.Id));
    }

    [Fact]
    public async Task Make_it_an_action_clicked_twice_makes_one_action_item_and_the_second_click_names_it()
    {
        var chat = Chat();
        var (map, noteId) = await MapWithRedFlagAsync(host, chat, "Action once");

        var made = await chat.SubmitAsync(Button($"action from {noteId}", map.Id));
        var actionId = made.ShouldSay("Added action `").Text().Split('`')[1];
        (await chat.SubmitAsync(Button($"action from {noteId}", map.Id), TestConversation.Bob)).ShouldSay($"Note `{noteId}` is already action `{actionId}`");

        Assert.Equal(1, await RawRows.CountAsync(host, "actions", map.Id));
    }

    [Fact]
    public async Task Make_it_an_action_clicked_at_the_same_moment_makes_one_action_item()
    {
        var teamId = $"19:team-{Guid.NewGuid():N}@thread.tacv2";
        var channel = $"19:{Guid.NewGuid():N}@thread.tacv2";
        var chat = CardChats.Channel(host, teamId, channel);
        var (map, _) = await MapWithRedFlagAsync(host, chat, "Concurrent action");
        var notes = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            var added = await chat.SendAsync($"red flag {map.Stages[0].Name}/{map.Lanes[0].Name}: flag number {i}");
            notes.Add(Assert.Single(added.Cards())["actions"]![0]!["data"]!["command"]!.GetValue<string>()["undo ".Length..]);
        }

        foreach (var noteId in notes)
        {
            var clicks = Enumerable.Range(0, 3).Select(_ => CardChats.Channel(host, teamId, channel)).ToList();
            await Task.WhenAll(clicks.Select((c, i) => c.SubmitAsync(Button($"action from {noteId}", map.Id), i % 2 == 0 ? TestConversation.Alice : TestConversation.Bob)));
        }

        var items = await host.Services.GetRequiredService<IActionItemRepository>().ListAsync(map.Scope, map.Id, default);
        Assert.Equal(notes.Order(), items.Select(i => i.FromNoteId!).Order());
        Assert.Equal(notes.Count, await RawRows.CountAsync(host, "actions", map.Id));
    }

    [Fact]
    public async Task Snooze_clicked_twice_on_one_reminder_moves_the_reminder_once()
    {
        var chat = Chat();
        var (map, _) = await MapWithRedFlagAsync(host, chat, "Snooze once");
        var store = host.Services.GetRequiredService<IReminderStore>();
        var due = (await store.GetAsync(map.Scope, map.Id, default))!.DueAt;
        var snooze = Button($"remind snooze {map.Id}", map.Id);

        (await chat.SubmitAsync(snooze, cardMessageId: "reminder-card-1")).ShouldSay("Snoozed: the next reminder for **Snooze once**");
        (await chat.SubmitAsync(snooze, TestConversation.Bob, cardMessageId: "reminder-card-1")).ShouldSay("This reminder was already snoozed: the next one for **Snooze once**");
        await Task.WhenAll(Chat().SubmitAsync(snooze, cardMessageId: "reminder-card-1"), chat.SubmitAsync(snooze, cardMessageId: "reminder-card-1"));

        Assert.Equal(due.AddDays(7), (await store.GetAsync(map.Scope, map.Id, default))!.DueAt);

        // The next reminder's card is a new card: its Snooze moves the reminder again.
        await chat.SubmitAsync(snooze, cardMessageId: "reminder-card-2");
        Assert.Equal(due.AddDays(14), (await store.GetAsync(map.Scope, map.Id, default))!.DueAt);
    }

    [Fact]
    public async Task Start_review_clicked_twice_opens_one_review()
    {
        var teamId = $"19:team-{Guid.NewGuid():N}@thread.tacv2";
        var channel = $"19:{Guid.NewGuid():N}@thread.tacv2";
        var chat = CardChats.Channel(host, teamId, channel);
        var (map, _) = await MapWithRedFlagAsync(host, chat, "Review once");

        await Task.WhenAll(CardChats.Channel(host, teamId, channel).SubmitAsync(Button("review", map.Id)), CardChats.Channel(host, teamId, channel).SubmitAsync(Button("review", map.Id), TestConversation.Bob));
        await chat.SubmitAsync(Button("review", map.Id));

        Assert.NotNull(await host.Services.GetRequiredService<IReviewRepository>().GetOpenAsync(map.Scope, map.Id, default));
        Assert.Single(await RawRows.RowKeysAsync(host, "reviews", map.Id), key => key.StartsWith("r|", StringComparison.Ordinal));
    }

    private static string SubmissionIdOf(JsonObject form)
    {
        var execute = form["actions"]![0]!;
        var fromExecute = execute["data"]!["submissionId"]!.GetValue<string>();
        Assert.Equal(fromExecute, execute["fallback"]!["data"]!["submissionId"]!.GetValue<string>());
        return fromExecute;
    }

    /// <summary>A channel of its own (dialog state is per channel and person) in a team of its own.</summary>
    private TestConversation Chat() => CardChats.Channel(host);
}
