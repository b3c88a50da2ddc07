using JourneyBot.BotKit.Dialogs;
using JourneyBot.BotKit.Dialogs.Prompts;
using JourneyBot.BotKit.Schema;

namespace JourneyBot.BotKit.Tests.Dialogs;

/// <summary>A small flow that uses every prompt type, to exercise the engine without journey knowledge.</summary>
internal sealed class CoffeeOrderDialog : WaterfallDialog<CoffeeOrder>
{
    public const string DialogId = "coffee";

    public CoffeeOrderDialog()
        : base(DialogId)
    {
        AddStep((step, ct) => step.PromptAsync("name", Ask("Whose coffee is it?"), ct));
        AddStep((step, ct) =>
        {
            step.State.Name = (string)step.Result!;
            return step.PromptAsync("size", Ask("Which size?") with
            {
                Choices = [new Choice("Small", ["s"]), new Choice("Medium", ["m"]), new Choice("Large", ["l", "大杯"])],
                RetryPrompt = Activity.CreateMessage("Please pick a size by number or name."),
            }, ct);
        });
        AddStep((step, ct) =>
        {
            step.State.Size = ((FoundChoice)step.Result!).Value;
            return step.PromptAsync("count", Ask("How many?") with { Minimum = 1, Maximum = 5, RetryPrompt = Activity.CreateMessage("A number from 1 to 5, please.") }, ct);
        });
        AddStep((step, ct) =>
        {
            step.State.Count = (int)(double)step.Result!;
            return step.PromptAsync("confirm", Ask($"{step.State.Count} {step.State.Size} for {step.State.Name}, right?"), ct);
        });
        AddStep(async (step, ct) =>
        {
            var confirmed = (bool)step.Result!;
            await step.Context.SendActivityAsync(confirmed ? $"Ordered for {step.State.Name}." : "Order dropped.", ct);
            return await step.EndAsync(confirmed ? step.State : null, ct);
        });
    }

    public static IEnumerable<Dialog> Prompts() =>
    [
        new TextPrompt("name", (prompt, _) =>
        {
            var ok = prompt.Recognized.Value!.Length <= 20;
            if (!ok)
            {
                prompt.RetryPrompt = Activity.CreateMessage("That name is too long (20 characters at most).");
            }

            return Task.FromResult(ok);
        }),
        new ChoicePrompt("size"),
        new NumberPrompt("count"),
        new ConfirmPrompt("confirm", ["yes", "y", "是"], ["no", "n", "否"]),
    ];

    private static PromptOptions Ask(string text) => new() { Prompt = Activity.CreateMessage(text), MaxAttempts = 3 };
}

/// <summary>The flow's typed state.</summary>
internal sealed class CoffeeOrder
{
    public string? Name { get; set; }

    public string? Size { get; set; }

    public int Count { get; set; }
}
