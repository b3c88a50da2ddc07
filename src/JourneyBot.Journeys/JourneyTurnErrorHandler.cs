using System.Text.Json.Nodes;
using JourneyBot.BotKit.Hosting;
using JourneyBot.BotKit.Schema;
using JourneyBot.BotKit.Turns;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Journeys.Conversations;
using JourneyBot.Journeys.Localization;

namespace JourneyBot.Journeys;

/// <summary>
/// Tells the person, in their language, that their message was not handled and to try again; when storage
/// was unavailable, says plainly that nothing was saved, so they send it again once it is back.
/// </summary>
internal sealed class JourneyTurnErrorHandler : ITurnErrorHandler
{
    public async Task OnTurnErrorAsync(TurnContext turnContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var storageAway = StorageUnavailableException.IsIn(exception);
        var message = turnContext.Text(storageAway ? TextKeys.ErrorStorageUnavailable : TextKeys.ErrorGeneric);
        if (turnContext.Activity.Type == ActivityTypes.Invoke)
        {
            // Storage away is not the bot's fault and the card stays as filled in: a message response shows the
            // text and leaves the form to submit again. Anything else is reported as an error.
            turnContext.InvokeResponse = storageAway
                ? new InvokeResponse(200, new JsonObject
                {
                    ["statusCode"] = 200,
                    ["type"] = "application/vnd.microsoft.activity.message",
                    ["value"] = message,
                })
                : new InvokeResponse(200, new JsonObject
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
