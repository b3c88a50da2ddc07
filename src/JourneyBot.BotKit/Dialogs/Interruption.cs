using JourneyBot.BotKit.Turns;

namespace JourneyBot.BotKit.Dialogs;

/// <summary>A message that is not an answer but a request to stop or to get help.</summary>
public enum Interruption
{
    None,
    Cancel,
    Help,
}

/// <summary>
/// The application's words for interruptions and what to say for them. The engine recognises them
/// before the active prompt sees the message.
/// </summary>
public interface IDialogInterruptions
{
    Interruption Recognize(TurnContext context, string text);

    /// <summary>Says what the active dialog wants and how to answer; the engine then repeats the question.</summary>
    Task OnHelpAsync(DialogContext dialogs, CancellationToken cancellationToken);

    /// <summary>Confirms that the dialogs were cancelled (also after too many wrong answers).</summary>
    Task OnCancelledAsync(DialogContext dialogs, bool byUser, CancellationToken cancellationToken);
}
