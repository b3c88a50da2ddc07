using JourneyBot.BotKit.Dialogs;
using JourneyBot.BotKit.Schema;
using JourneyBot.BotKit.State;
using JourneyBot.BotKit.Turns;
using JourneyBot.TestSupport.Transcripts;

namespace JourneyBot.BotKit.Tests.Dialogs;

public sealed class DialogEngineTests
{
    private readonly MemoryTurnStateStore _store = new();
    private readonly DialogRunner _runner;
    private readonly List<DialogTurnResult> _results = [];

    public DialogEngineTests()
    {
        var dialogs = new DialogSet([new CoffeeOrderDialog(), .. CoffeeOrderDialog.Prompts()]);
        _runner = new DialogRunner(dialogs, _store, new WordInterruptions());
    }

    [Fact]
    public async Task Happy_path_walks_every_prompt_and_clears_the_state()
    {
        var chat = TestConversation.Personal(TurnAsync);

        (await chat.SendAsync("order")).ShouldSay("Whose coffee is it?");
        (await chat.SendAsync("Alice")).ShouldSay("Which size?").ShouldSay("1. Small").ShouldSay("3. Large");
        (await chat.SendAsync("large")).ShouldSay("How many?");
        (await chat.SendAsync("２")).ShouldSay("2 Large for Alice, right?");
        (await chat.SendAsync("yes")).ShouldSay("Ordered for Alice.");

        Assert.Equal(DialogTurnStatus.Complete, _results[^1].Status);
        Assert.Equal(0, _store.Count);
    }

    [Fact]
    public async Task Wrong_answers_get_the_retry_prompt_and_the_question_stays_open()
    {
        var chat = TestConversation.Personal(TurnAsync);
        await chat.SendAsync("order");
        await chat.SendAsync("Bob");

        (await chat.SendAsync("enormous")).ShouldSay("Please pick a size by number or name.");
        (await chat.SendAsync("7")).ShouldSay("Please pick a size by number or name.");
        (await chat.SendAsync("m")).ShouldSay("How many?");
        (await chat.SendAsync("0")).ShouldSay("A number from 1 to 5, please.");
        (await chat.SendAsync("lots")).ShouldSay("A number from 1 to 5, please.");
        (await chat.SendAsync("3")).ShouldSay("3 Medium for Bob, right?");
    }

    [Fact]
    public async Task Validator_explains_why_an_answer_was_refused()
    {
        var chat = TestConversation.Personal(TurnAsync);
        await chat.SendAsync("order");

        (await chat.SendAsync(new string('x', 21))).ShouldSay("That name is too long (20 characters at most).");
        (await chat.SendAsync("Zoë")).ShouldSay("Which size?");
    }

    [Fact]
    public async Task Cancel_mid_dialog_stops_it_and_forgets_the_answers()
    {
        var chat = TestConversation.Personal(TurnAsync);
        await chat.SendAsync("order");
        await chat.SendAsync("Alice");

        (await chat.SendAsync("cancel")).ShouldSay("Cancelled.");
        Assert.Equal(DialogTurnStatus.Cancelled, _results[^1].Status);
        Assert.Equal(0, _store.Count);

        (await chat.SendAsync("order")).ShouldSay("Whose coffee is it?");
    }

    [Fact]
    public async Task Help_mid_dialog_explains_and_repeats_the_question()
    {
        var chat = TestConversation.Personal(TurnAsync);
        await chat.SendAsync("order");
        await chat.SendAsync("Alice");

        var replies = await chat.SendAsync("help");

        replies.ShouldSay("You are ordering coffee.").ShouldSay("Which size?");
        (await chat.SendAsync("s")).ShouldSay("How many?");
    }

    [Fact]
    public async Task Too_many_wrong_answers_give_up_and_say_so()
    {
        var chat = TestConversation.Personal(TurnAsync);
        await chat.SendAsync("order");
        await chat.SendAsync("Alice");
        await chat.SendAsync("huge");
        await chat.SendAsync("giant");

        (await chat.SendAsync("colossal")).ShouldSay("Gave up.");

        Assert.Equal(DialogTurnStatus.Cancelled, _results[^1].Status);
        Assert.Equal(0, _store.Count);
    }

    [Fact]
    public async Task Two_people_in_one_channel_each_keep_their_own_dialog()
    {
        var chat = TestConversation.TeamChannel(TurnAsync);

        (await chat.SendAsync("order", TestConversation.Alice)).ShouldSay("Whose coffee is it?");
        (await chat.SendAsync("order", TestConversation.Bob)).ShouldSay("Whose coffee is it?");
        (await chat.SendAsync("Alice", TestConversation.Alice)).ShouldSay("Which size?");
        (await chat.SendAsync("Bob", TestConversation.Bob)).ShouldSay("Which size?");
        (await chat.SendAsync("small", TestConversation.Alice)).ShouldSay("How many?");
        (await chat.SendAsync("large", TestConversation.Bob)).ShouldSay("How many?");
        (await chat.SendAsync("1", TestConversation.Alice)).ShouldSay("1 Small for Alice, right?");
        (await chat.SendAsync("2", TestConversation.Bob)).ShouldSay("2 Large for Bob, right?");
    }

    [Fact]
    public async Task An_answer_posted_in_a_new_channel_thread_continues_the_same_dialog()
    {
        var firstThread = TestConversation.TeamChannel(TurnAsync, rootMessageId: "111");
        var secondThread = TestConversation.TeamChannel(TurnAsync, rootMessageId: "222");

        await firstThread.SendAsync("order");

        (await secondThread.SendAsync("Alice")).ShouldSay("Which size?");
    }

    [Fact]
    public async Task Mentions_and_choice_synonyms_in_another_language_are_understood()
    {
        var chat = TestConversation.TeamChannel(TurnAsync);
        await chat.SendAsync("order");
        await chat.SendAsync("Li Wei");

        (await chat.SendAsync("大杯")).ShouldSay("How many?");
        await chat.SendAsync("1");
        (await chat.SendAsync("是")).ShouldSay("Ordered for Li Wei.");
    }

    [Fact]
    public async Task Activities_that_are_not_messages_do_not_answer_a_prompt()
    {
        var chat = TestConversation.Personal(TurnAsync);
        await chat.SendAsync("order");

        var replies = await chat.DeliverAsync(chat.NewActivity(ActivityTypes.MessageReaction));

        Assert.Empty(replies);
        (await chat.SendAsync("Alice")).ShouldSay("Which size?");
    }

    [Fact]
    public async Task Concurrent_turns_of_the_same_person_do_not_overwrite_each_other_silently()
    {
        var chat = TestConversation.Personal(TurnAsync);
        await chat.SendAsync("order");

        var first = await _runner.LoadAsync(Context(chat, "Alice"), CancellationToken.None);
        var second = await _runner.LoadAsync(Context(chat, "Carol"), CancellationToken.None);
        await first.ContinueAsync("Alice", CancellationToken.None);
        await second.ContinueAsync("Carol", CancellationToken.None);
        await first.SaveAsync(CancellationToken.None);

        await Assert.ThrowsAsync<StateConflictException>(() => second.SaveAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Unreadable_stored_state_is_treated_as_no_dialog()
    {
        var chat = TestConversation.Personal(TurnAsync);
        var key = DialogStateKeys.For(chat.NewActivity(ActivityTypes.Message));
        await _store.WriteAsync(key, "{not json", null, CancellationToken.None);

        (await chat.SendAsync("order")).ShouldSay("Whose coffee is it?");
    }

    private static TurnContext Context(TestConversation chat, string text) =>
        new(chat.NewActivity(ActivityTypes.Message) with { Text = text }, new System.Security.Claims.ClaimsIdentity(), new RecordingSender());

    private async Task TurnAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var session = await _runner.LoadAsync(context, cancellationToken);
        var text = MentionText.RemoveBotMention(context.Activity, context.Activity.Recipient?.Id);
        var result = session.IsActive
            ? await session.ContinueAsync(text, cancellationToken)
            : text == "order" ? await session.BeginAsync(CoffeeOrderDialog.DialogId, null, cancellationToken) : new DialogTurnResult(DialogTurnStatus.Empty);
        _results.Add(result);
        await session.SaveAsync(cancellationToken);
    }

    private sealed class WordInterruptions : IDialogInterruptions
    {
        public Interruption Recognize(TurnContext context, string text) => text switch
        {
            "cancel" => Interruption.Cancel,
            "help" => Interruption.Help,
            _ => Interruption.None,
        };

        public Task OnHelpAsync(DialogContext dialogs, CancellationToken cancellationToken) =>
            dialogs.Context.SendActivityAsync("You are ordering coffee.", cancellationToken);

        public Task OnCancelledAsync(DialogContext dialogs, bool byUser, CancellationToken cancellationToken) =>
            dialogs.Context.SendActivityAsync(byUser ? "Cancelled." : "Gave up.", cancellationToken);
    }
}
