using System.Text.Json.Nodes;
using JourneyBot.BotKit.Hosting;
using JourneyBot.BotKit.Schema;
using JourneyBot.BotKit.Turns;
using JourneyBot.Journeys.Conversations;
using JourneyBot.Journeys.Localization;

namespace JourneyBot.Journeys;

/// <summary>Tells the person, in their language, that their message was not handled and to try again.</summary>
internal sealed class JourneyTurnErrorHandler : ITurnErrorHandler
{
    public async Task OnTurnErrorAsync(TurnContext turnContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var message = turnContext.Text(TextKeys.ErrorGeneric);
        if (turnContext.Activity.Type == ActivityTypes.Invoke)
        {
            turnContext.InvokeResponse = new InvokeResponse(200, new JsonObject
            {
                ["statusCode"] = 500,
                ["type"] = "application/vnd.microsoft.error",
                ["value"] = new JsonObject { ["code"] = "InternalError", ["message"] = message },
            });
            return;
        }

        await turnContext.SendActivityAsync(message, cancellationToken);
    }
}
