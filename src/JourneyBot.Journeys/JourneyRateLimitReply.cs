using System.Text.Json.Nodes;
using JourneyBot.BotKit.RateLimiting;
using JourneyBot.BotKit.Schema;
using JourneyBot.BotKit.Turns;
using JourneyBot.Journeys.Conversations;
using JourneyBot.Journeys.Localization;

namespace JourneyBot.Journeys;

/// <summary>
/// Tells a person, in their language, that they (or their chat) are sending faster than the bot keeps up,
/// how long to wait, and that what they sent before was not lost.
/// </summary>
internal sealed class JourneyRateLimitReply : IRateLimitedTurnHandler
{
    public async Task OnRateLimitedAsync(TurnContext turnContext, RateLimitRefusal refusal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(refusal);
        var seconds = Math.Max(1, (int)Math.Ceiling(refusal.RetryAfter.TotalSeconds));
        var key = refusal.Scope == RateLimitScope.User ? TextKeys.RateLimitedUser : TextKeys.RateLimitedConversation;
        var message = turnContext.Text(key, seconds);
        if (turnContext.Activity.Type == ActivityTypes.Invoke)
        {
            turnContext.InvokeResponse = new InvokeResponse(200, new JsonObject
            {
                ["statusCode"] = 200,
                ["type"] = "application/vnd.microsoft.activity.message",
                ["value"] = message,
            });
            return;
        }

        await turnContext.SendActivityAsync(message, cancellationToken);
    }
}
