using JourneyBot.BotKit.Dialogs;
using JourneyBot.BotKit.Dialogs.Prompts;
using JourneyBot.BotKit.Schema;
using JourneyBot.BotKit.Turns;
using JourneyBot.TestSupport.Transcripts;

namespace JourneyBot.BotKit.Tests.Dialogs;

/// <summary>A waterfall that loops by replacing itself, as the review flow does.</summary>
public sealed class ReplaceDialogTests
{
    private readonly MemoryTurnStateStore _store = new();
    private readonly DialogRunner _runner;

    public ReplaceDialogTests()
    {
        _runner = new DialogRunner(new DialogSet([new CountingDialog(), new TextPrompt("word")]), _store, new NoInterruptions());
    }

    [Fact]
    public async Task A_waterfall_that_replaces_itself_keeps_its_state_and_one_frame_until_it_ends()
    {
        var chat = TestConversation.Personal(TurnAsync);

        (await chat.SendAsync("start")).ShouldSay("Word 1?");
        (await chat.SendAsync("a")).ShouldSay("Word 2?");
        (await chat.SendAsync("b")).ShouldSay("Word 3?");
        (await chat.SendAsync("c")).ShouldSay("Got a b c.");

        Assert.Equal(0, _store.Count);
    }

    private async Task TurnAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var session = await _runner.LoadAsync(context, cancellationToken);
        if (session.IsActive)
        {
            await session.ContinueAsync(context.Activity.Text ?? string.Empty, cancellationToken);
            Assert.True(session.Dialogs.State.Stack.Count <= 2, "Replacing must not pile up frames.");
        }
        else
        {
            await session.BeginAsync(CountingDialog.DialogId, null, cancellationToken);
        }

        await session.SaveAsync(cancellationToken);
    }

    public sealed class Words
    {
        public List<string> Collected { get; set; } = [];
    }

    private sealed class CountingDialog : WaterfallDialog<Words>
    {
        public const string DialogId = "counting";

        public CountingDialog()
            : base(DialogId)
        {
            AddStep(async (step, ct) =>
            {
                if (step.State.Collected.Count == 3)
                {
                    await step.Context.SendActivityAsync($"Got {string.Join(' ', step.State.Collected)}.", ct);
                    return await step.EndAsync(null, ct);
                }

                return await step.PromptAsync("word", new PromptOptions { Prompt = Activity.CreateMessage($"Word {step.State.Collected.Count + 1}?") }, ct);
            });
            AddStep((step, ct) =>
            {
                step.State.Collected.Add((string)step.Result!);
                return step.Dialogs.ReplaceDialogAsync(DialogId, step.State, ct);
            });
        }
    }

    private sealed class NoInterruptions : IDialogInterruptions
    {
        public Interruption Recognize(TurnContext context, string text) => Interruption.None;

        public Task OnHelpAsync(DialogContext dialogs, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task OnCancelledAsync(DialogContext dialogs, bool byUser, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
