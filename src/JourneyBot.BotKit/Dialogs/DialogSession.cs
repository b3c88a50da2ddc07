using JourneyBot.BotKit.Dialogs.Prompts;
using JourneyBot.BotKit.State;

namespace JourneyBot.BotKit.Dialogs;

/// <summary>
/// One user's dialog stack during one turn: continue it (with cancel/help handled first) or begin a
/// dialog, then save it with the ETag it was read with, so two turns of the same person never
/// overwrite each other silently.
/// </summary>
public sealed class DialogSession
{
    private readonly ITurnStateStore _store;
    private readonly IDialogInterruptions _interruptions;
    private readonly StateKey _key;
    private string? _etag;

    internal DialogSession(DialogContext dialogs, ITurnStateStore store, IDialogInterruptions interruptions, StateKey key, string? etag)
    {
        Dialogs = dialogs;
        _store = store;
        _interruptions = interruptions;
        _key = key;
        _etag = etag;
    }

    public DialogContext Dialogs { get; }

    /// <summary>True when a dialog is waiting for this person's answer.</summary>
    public bool IsActive => Dialogs.ActiveDialog is not null;

    /// <summary>Starts a dialog (replacing nothing: call only when no dialog is active, or after cancelling).</summary>
    public async Task<DialogTurnResult> BeginAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        var result = await Dialogs.BeginDialogAsync(dialogId, options, cancellationToken);
        return await AfterTurnAsync(result, cancellationToken);
    }

    /// <summary>Handles the message as an interruption (cancel, help) or as the answer to the active dialog.</summary>
    public async Task<DialogTurnResult> ContinueAsync(string text, CancellationToken cancellationToken)
    {
        if (!IsActive)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        switch (_interruptions.Recognize(Dialogs.Context, text))
        {
            case Interruption.Cancel:
                var cancelled = Dialogs.CancelAllDialogs();
                await _interruptions.OnCancelledAsync(Dialogs, byUser: true, cancellationToken);
                return cancelled;
            case Interruption.Help:
                await _interruptions.OnHelpAsync(Dialogs, cancellationToken);
                await Dialogs.RepromptDialogAsync(cancellationToken);
                return DialogTurnResult.Waiting;
            default:
                var result = await Dialogs.ContinueDialogAsync(cancellationToken);
                return await AfterTurnAsync(result, cancellationToken);
        }
    }

    /// <summary>Drops any active dialog (e.g. when the person starts another command).</summary>
    public void Reset() => Dialogs.CancelAllDialogs();

    /// <summary>
    /// Writes the stack back (or deletes it once empty). Throws <see cref="StateConflictException"/>
    /// when another turn of the same person saved first.
    /// </summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        if (Dialogs.State.Stack.Count == 0)
        {
            if (_etag is not null)
            {
                await _store.DeleteAsync(_key, _etag, cancellationToken);
                _etag = null;
            }

            return;
        }

        _etag = await _store.WriteAsync(_key, DialogStateSerializer.Write(Dialogs.State), _etag, cancellationToken);
    }

    private async Task<DialogTurnResult> AfterTurnAsync(DialogTurnResult result, CancellationToken cancellationToken)
    {
        if (result is { Status: DialogTurnStatus.Cancelled, Result: PromptAttemptsExceeded })
        {
            await _interruptions.OnCancelledAsync(Dialogs, byUser: false, cancellationToken);
        }

        return result;
    }
}
