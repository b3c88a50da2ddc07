using JourneyBot.BotKit.Turns;

namespace JourneyBot.BotKit.Hosting;

/// <summary>
/// Called when the bot throws during a turn, after the error is logged: tells the user something
/// went wrong (and, for an invoke, may set <see cref="TurnContext.InvokeResponse"/>).
/// </summary>
public interface ITurnErrorHandler
{
    Task OnTurnErrorAsync(TurnContext turnContext, Exception exception, CancellationToken cancellationToken);
}
