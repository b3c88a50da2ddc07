using System.Diagnostics;
using JourneyBot.BotKit.Diagnostics;
using JourneyBot.BotKit.Turns;

namespace JourneyBot.BotKit.Dialogs;

/// <summary>
/// The dialog stack during one turn: begin, continue, end and cancel dialogs. Each begin, continue and resume is
/// a span of <see cref="BotTelemetry.Name"/> tagged with the dialog's id; an end or cancel is an event on the
/// current span.
/// </summary>
public sealed class DialogContext(DialogSet dialogs, TurnContext context, DialogState state)
{
    public TurnContext Context { get; } = context;

    public DialogState State { get; } = state;

    /// <summary>The dialog on top of the stack, if any.</summary>
    public DialogInstance? ActiveDialog => State.Stack.Count == 0 ? null : State.Stack[^1];

    /// <summary>Pushes dialog <paramref name="dialogId"/> and starts it.</summary>
    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        var dialog = dialogs.Find(dialogId) ?? throw new InvalidOperationException($"No dialog with id '{dialogId}'.");
        State.Stack.Add(new DialogInstance { Id = dialogId });
        using var span = StartSpan(BotTelemetry.DialogBeginSpan, dialogId);
        return Traced(span, await dialog.BeginAsync(this, options, cancellationToken));
    }

    /// <summary>Gives the inbound activity to the active dialog.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } active)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        var dialog = dialogs.Find(active.Id);
        if (dialog is null)
        {
            // Stored state from an older version names a dialog that no longer exists: drop it.
            State.Stack.Clear();
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        using var span = StartSpan(BotTelemetry.DialogContinueSpan, active.Id);
        return Traced(span, await dialog.ContinueAsync(this, cancellationToken));
    }

    /// <summary>Pops the active dialog and resumes its parent with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result, CancellationToken cancellationToken)
    {
        if (State.Stack.Count > 0)
        {
            Ended(State.Stack[^1].Id, DialogTurnStatus.Complete);
            State.Stack.RemoveAt(State.Stack.Count - 1);
        }

        if (ActiveDialog is { } parent && dialogs.Find(parent.Id) is { } parentDialog)
        {
            using var span = StartSpan(BotTelemetry.DialogResumeSpan, parent.Id);
            return Traced(span, await parentDialog.ResumeAsync(this, result, cancellationToken));
        }

        return new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    /// <summary>
    /// Pops the active dialog and starts <paramref name="dialogId"/> in its place, without resuming the parent:
    /// how a waterfall loops (it replaces itself with a fresh run carrying its state).
    /// </summary>
    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        if (State.Stack.Count > 0)
        {
            State.Stack.RemoveAt(State.Stack.Count - 1);
        }

        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Empties the stack.</summary>
    public DialogTurnResult CancelAllDialogs()
    {
        var hadDialogs = State.Stack.Count > 0;
        for (var i = State.Stack.Count - 1; i >= 0; i--)
        {
            Ended(State.Stack[i].Id, DialogTurnStatus.Cancelled);
        }

        State.Stack.Clear();
        return new DialogTurnResult(hadDialogs ? DialogTurnStatus.Cancelled : DialogTurnStatus.Empty);
    }

    /// <summary>Asks the active dialog to repeat its question.</summary>
    public Task RepromptDialogAsync(CancellationToken cancellationToken) =>
        ActiveDialog is { } active && dialogs.Find(active.Id) is { } dialog
            ? dialog.RepromptAsync(this, cancellationToken)
            : Task.CompletedTask;

    private static Activity? StartSpan(string name, string dialogId)
    {
        var span = BotTelemetry.Source.StartActivity(name, ActivityKind.Internal);
        span?.SetTag(BotTelemetry.DialogIdTag, dialogId);
        return span;
    }

    private static DialogTurnResult Traced(Activity? span, DialogTurnResult result)
    {
        span?.SetTag(BotTelemetry.DialogStatusTag, StatusName(result.Status));
        return result;
    }

    private static void Ended(string dialogId, DialogTurnStatus status) =>
        Activity.Current?.AddEvent(new ActivityEvent(
            BotTelemetry.DialogEndEvent,
            tags: new ActivityTagsCollection
            {
                [BotTelemetry.DialogIdTag] = dialogId,
                [BotTelemetry.DialogStatusTag] = StatusName(status),
            }));

    private static string StatusName(DialogTurnStatus status) => status switch
    {
        DialogTurnStatus.Empty => "empty",
        DialogTurnStatus.Waiting => "waiting",
        DialogTurnStatus.Complete => "complete",
        _ => "cancelled",
    };
}
