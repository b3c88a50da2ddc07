using System.Globalization;
using System.Text;
using JourneyBot.BotKit.Schema;
using JourneyBot.BotKit.Turns;

namespace JourneyBot.BotKit.Dialogs.Prompts;

/// <summary>Text helpers shared by the prompts.</summary>
internal static class PromptText
{
    /// <summary>The answer's text without the bot's own @mention (group chats and channels include it).</summary>
    public static string Of(Activity activity) => MentionText.RemoveBotMention(activity, activity.Recipient?.Id);

    /// <summary>Lower case, no accents, full-width forms folded, trimmed: for matching typed answers.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(ch));
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC).Trim().TrimEnd('.', '!', '。', '！');
    }
}
