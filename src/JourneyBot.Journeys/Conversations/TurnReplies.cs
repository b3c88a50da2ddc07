using JourneyBot.BotKit.Turns;
using JourneyBot.Journeys.Localization;

namespace JourneyBot.Journeys.Conversations;

/// <summary>
/// Sends localized text in the language of the person who wrote. String arguments are people's text and are
/// escaped (<see cref="BotText.Escaped"/>); pass text the bot composed itself as <see cref="Markup"/>.
/// </summary>
public static class TurnReplies
{
    public static Task SayAsync(this TurnContext context, string key, CancellationToken cancellationToken, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.SendActivityAsync(context.Text(key, args), cancellationToken);
    }

    public static string Text(this TurnContext context, string key, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(context);
        return BotText.Escaped(context.Culture(), key, args);
    }
}
