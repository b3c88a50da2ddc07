using JourneyBot.BotKit.State;
using JourneyBot.BotKit.Turns;

namespace JourneyBot.BotKit.Dialogs;

/// <summary>Loads the dialog stack of the turn's user in the turn's conversation.</summary>
public sealed class DialogRunner(DialogSet dialogs, ITurnStateStore store, IDialogInterruptions interruptions)
{
    /// <summary>Reads the stack of (conversation, user); see <see cref="DialogStateKeys"/>.</summary>
    public async Task<DialogSession> LoadAsync(TurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var key = DialogStateKeys.For(context.Activity);
        var stored = await store.ReadAsync(key, cancellationToken);
        var state = DialogStateSerializer.Read(stored?.Json);
        return new DialogSession(new DialogContext(dialogs, context, state), store, interruptions, key, stored?.ETag);
    }
}
