using JourneyBot.Journeys.Exports;

namespace JourneyBot.Journeys.Cards;

/// <summary>
/// Makes people's text (names, notes, quotes, display names) show literally where the bot renders text that is
/// interpreted: Adaptive Card TextBlocks and FactSets (a Markdown subset, plus Teams' <c>{{DATE(…)}}</c> and
/// <c>{{TIME(…)}}</c> functions) and Markdown message replies (where HTML such as <c>&lt;at&gt;</c> would be markup too).
/// Button titles and input values are plain text and are never escaped.
/// </summary>
public static class CardText
{
    /// <summary>Breaks Teams' <c>{{DATE(…)}}</c>/<c>{{TIME(…)}}</c> pattern without a visible change.</summary>
    private const string InertBraces = "{\u200B{";

    /// <summary>
    /// The text escaped for Markdown (emphasis, links, lists, headings, code, HTML tags and entities cannot start)
    /// with <c>{{</c> neutralised; each line is escaped on its own and line breaks are kept.
    /// </summary>
    public static string Literal(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var escaped = string.Join('\n', MarkdownText.EscapeLines(text));
        return escaped.Contains("{{", StringComparison.Ordinal) ? NeutraliseBraces(escaped) : escaped;
    }

    private static string NeutraliseBraces(string text)
    {
        // Repeat until no "{{" is left: "{{{" needs two passes.
        while (text.Contains("{{", StringComparison.Ordinal))
        {
            text = text.Replace("{{", InertBraces, StringComparison.Ordinal);
        }

        return text;
    }
}
