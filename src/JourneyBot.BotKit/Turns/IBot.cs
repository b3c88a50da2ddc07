namespace JourneyBot.BotKit.Turns;

/// <summary>The application's turn handler: called once per inbound activity.</summary>
public interface IBot
{
    Task OnTurnAsync(TurnContext turnContext, CancellationToken cancellationToken);
}
