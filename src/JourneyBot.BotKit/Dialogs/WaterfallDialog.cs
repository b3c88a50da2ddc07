using System.Text.Json;
using System.Text.Json.Nodes;
using JourneyBot.BotKit.Schema;

namespace JourneyBot.BotKit.Dialogs;

/// <summary>One step of a waterfall.</summary>
public delegate Task<DialogTurnResult> WaterfallStep<TState>(WaterfallStepContext<TState> step, CancellationToken cancellationToken)
    where TState : class, new();

/// <summary>
/// A dialog that runs its steps in order; each step usually asks one question (begins a prompt) and
/// the next step receives the answer. <typeparamref name="TState"/> is the flow's typed state, kept
/// across turns with the dialog stack.
/// </summary>
public class WaterfallDialog<TState> : Dialog
    where TState : class, new()
{
    private const string StepKey = "step";
    private const string ValuesKey = "values";
    private readonly List<WaterfallStep<TState>> _steps = [];

    public WaterfallDialog(string id, IEnumerable<WaterfallStep<TState>>? steps = null)
        : base(id)
    {
        if (steps is not null)
        {
            _steps.AddRange(steps);
        }
    }

    /// <summary>Appends a step.</summary>
    protected void AddStep(WaterfallStep<TState> step) => _steps.Add(step);

    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = options as TState ?? new TState();
        return RunStepAsync(dc, 0, state, null, cancellationToken);
    }

    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);

        // A waterfall waits only through a child prompt; a message reaching it directly means the
        // child was lost (e.g. state from an older version): move on with the text as the result.
        return ResumeAsync(dc, dc.Context.Activity.Text, cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog!;
        var index = instance.State[StepKey]?.GetValue<int>() ?? 0;
        return RunStepAsync(dc, index + 1, Load(instance), result, cancellationToken);
    }

    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, TState state, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken);
        }

        var instance = dc.ActiveDialog!;
        instance.State[StepKey] = index;
        Save(instance, state);
        var step = new WaterfallStepContext<TState>(dc, state, result, index, (next, ct) => RunStepAsync(dc, index + 1, state, next, ct));
        var outcome = await step.RunAsync(_steps[index], cancellationToken);

        // The step may have changed its state; keep it with this dialog's frame for later turns.
        Save(instance, state);
        return outcome;
    }

    private static TState Load(DialogInstance instance) =>
        instance.State[ValuesKey]?.Deserialize<TState>(BotJson.Options) ?? new TState();

    private static void Save(DialogInstance instance, TState state) =>
        instance.State[ValuesKey] = JsonSerializer.SerializeToNode(state, BotJson.Options);
}

/// <summary>What a waterfall step sees: the typed state, the previous step's result, and the stack.</summary>
public sealed class WaterfallStepContext<TState>
    where TState : class, new()
{
    private readonly Func<object?, CancellationToken, Task<DialogTurnResult>> _next;

    internal WaterfallStepContext(DialogContext dialogs, TState state, object? result, int index, Func<object?, CancellationToken, Task<DialogTurnResult>> next)
    {
        Dialogs = dialogs;
        State = state;
        Result = result;
        Index = index;
        _next = next;
    }

    public DialogContext Dialogs { get; }

    public Turns.TurnContext Context => Dialogs.Context;

    /// <summary>The flow's state; changes are saved with the dialog.</summary>
    public TState State { get; }

    /// <summary>The answer of the prompt begun by the previous step (or what it passed to <see cref="NextAsync"/>).</summary>
    public object? Result { get; }

    public int Index { get; }

    /// <summary>Asks a question with prompt dialog <paramref name="promptId"/>; the next step gets the answer.</summary>
    public Task<DialogTurnResult> PromptAsync(string promptId, PromptOptions options, CancellationToken cancellationToken) =>
        Dialogs.BeginDialogAsync(promptId, options, cancellationToken);

    /// <summary>Skips to the next step at once with <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> NextAsync(object? result, CancellationToken cancellationToken) => _next(result, cancellationToken);

    /// <summary>Ends this waterfall with <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> EndAsync(object? result, CancellationToken cancellationToken) =>
        Dialogs.EndDialogAsync(result, cancellationToken);

    internal Task<DialogTurnResult> RunAsync(WaterfallStep<TState> step, CancellationToken cancellationToken) => step(this, cancellationToken);
}
