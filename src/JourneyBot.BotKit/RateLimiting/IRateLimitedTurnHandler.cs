using JourneyBot.BotKit.Turns;

namespace JourneyBot.BotKit.RateLimiting;

/// <summary>
/// Tells a person their activity was refused for going over a rate limit. The bot's turn does not run.
/// Called for the first refused message of a window (send one reply) and for every refused invoke (set
/// <see cref="TurnContext.InvokeResponse"/>; send nothing, so that a flood is never answered by a flood).
/// </summary>
public interface IRateLimitedTurnHandler
{
    /// <summary>Answers the refused activity of <paramref name="turnContext"/>.</summary>
    Task OnRateLimitedAsync(TurnContext turnContext, RateLimitRefusal refusal, CancellationToken cancellationToken);
}
