using System.Text.RegularExpressions;
using JourneyBot.BotKit.Schema;

namespace JourneyBot.BotKit.Turns;

/// <summary>Removes the bot's own @mention from message text, leaving other mentions alone.</summary>
public static partial class MentionText
{
    /// <summary>
    /// The activity's text without the mention(s) of <paramref name="botId"/>, trimmed.
    /// Mentions of other people stay, since they name stakeholders.
    /// </summary>
    public static string RemoveBotMention(Activity activity, string? botId)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text ?? string.Empty;
        foreach (var entity in activity.Entities ?? [])
        {
            if (!entity.IsMentionOf(botId))
            {
                continue;
            }

            var mention = entity.Text;
            if (string.IsNullOrEmpty(mention) && entity.Mentioned?.Name is { Length: > 0 } name)
            {
                mention = $"<at>{name}</at>";
            }

            if (!string.IsNullOrEmpty(mention))
            {
                text = text.Replace(mention, " ", StringComparison.Ordinal);
            }
        }

        return Whitespace().Replace(text.Replace("&nbsp;", " ", StringComparison.Ordinal), " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
