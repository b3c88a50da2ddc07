using JourneyBot.BotKit.Schema;
using JourneyBot.BotKit.Turns;
using Microsoft.AspNetCore.Http;

namespace JourneyBot.BotKit.Hosting;

/// <summary>Turns HTTP requests into authenticated turns, and starts proactive turns.</summary>
public interface IBotHttpAdapter
{
    /// <summary>Handles one <c>POST /api/messages</c> request end to end, writing the HTTP answer.</summary>
    Task ProcessAsync(HttpContext httpContext, IBot bot, CancellationToken cancellationToken);

    /// <summary>Runs <paramref name="callback"/> in a turn addressed to a stored conversation (proactive message).</summary>
    Task ContinueConversationAsync(ConversationReference reference, Func<TurnContext, CancellationToken, Task> callback, CancellationToken cancellationToken);
}
