using JourneyBot.BotKit.Dialogs;
using JourneyBot.BotKit.Turns;
using JourneyBot.Journeys.Commands;
using JourneyBot.Journeys.Conversations;
using JourneyBot.Journeys.Localization;

namespace JourneyBot.Journeys.Dialogs;

/// <summary>"cancel" and "help" (in either language) interrupt whatever question is open.</summary>
internal sealed class JourneyInterruptions : IDialogInterruptions
{
    public Interruption Recognize(TurnContext context, string text)
    {
        var command = CommandParser.Parse(text);
        if (command.Argument.Length > 0)
        {
            return Interruption.None;
        }

        return command.Kind switch
        {
            CommandKind.Cancel => Interruption.Cancel,
            CommandKind.Help => Interruption.Help,
            _ => Interruption.None,
        };
    }

    public Task OnHelpAsync(DialogContext dialogs, CancellationToken cancellationToken) =>
        dialogs.Context.SayAsync(TextKeys.HelpInDialog, cancellationToken);

    public Task OnCancelledAsync(DialogContext dialogs, bool byUser, CancellationToken cancellationToken) =>
        dialogs.Context.SayAsync(byUser ? TextKeys.CancelDone : TextKeys.CancelTooManyAttempts, cancellationToken);
}
