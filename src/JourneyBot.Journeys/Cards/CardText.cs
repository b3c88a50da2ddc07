using JourneyBot.Journeys.Exports;

namespace JourneyBot.Journeys.Cards;

/// <summary>
/// Makes people's text (names, notes, quotes, display names) show literally where the bot renders text that is
/// interpreted: Adaptive Card TextBlocks and FactSets (a Markdown subset, plus Teams' <c>{{DATE(…)}}</c> and
/// <c>{{TIME(…)}}</c> functions) and Markdown message replies (where HTML such as <c>&lt;at&gt;</c> would be markup too).
/// A template expression (<c>${…}</c>) in people's text is never expanded (values are not templates), and it is broken
/// here too, so that no later templating of a sent card could expand it either. Button titles and input values are
/// plain text and are never escaped.
/// </summary>
public static class CardText
{
    /// <summary>A zero-width space: breaks a pattern without a visible change.</summary>
    private const string ZeroWidthSpace = "\u200B";

    /// <summary>
    /// The text escaped for Markdown (emphasis, links, lists, headings, code, HTML tags and entities cannot start),
    /// with a zero-width space inside every <c>{{</c> and <c>${</c>; each line is escaped on its own and line breaks are kept.
    /// </summary>
    public static string Literal(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var escaped = string.Join('\n', MarkdownText.EscapeLines(text));
        return Break(Break(escaped, "{{"), "${");
    }

    private static string Break(string text, string pattern)
    {
        // Repeat until none is left: "{{{" needs two passes.
        while (text.Contains(pattern, StringComparison.Ordinal))
        {
            text = text.Replace(pattern, pattern[0] + ZeroWidthSpace + pattern[1], StringComparison.Ordinal);
        }

        return text;
    }
}
