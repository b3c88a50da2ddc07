using System.Text;

namespace JourneyBot.Journeys.Exports;

/// <summary>
/// Makes people's text literal in Markdown (CommonMark and GitHub's dialect), so a note can neither format
/// the document nor inject links, images, HTML or headings. Backslash escapes work on any ASCII punctuation;
/// only the characters that can start markup are escaped, to keep the file readable.
/// </summary>
public static class MarkdownText
{
    // Inline markup anywhere in a line: escapes, code, emphasis, links and images, HTML and autolinks,
    // tables, strikethrough, entities, headings.
    private const string AlwaysEscaped = "\\`*_[]<>|~&#";

    /// <summary>One line of text (a name, a field), escaped; line breaks become spaces.</summary>
    public static string Escape(string? text) => string.Join(' ', EscapeLines(text));

    /// <summary>
    /// The text's non-empty lines, each escaped. Leading whitespace is dropped (four spaces would start a
    /// code block), and markers that only mean something at the start of a line (lists, quotes, setext
    /// headings, ordered lists like <c>1.</c>) are escaped there.
    /// </summary>
    public static IReadOnlyList<string> EscapeLines(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var lines = new List<string>();
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', '\r'))
        {
            var line = raw.Replace('\t', ' ').TrimStart();
            if (line.Length > 0)
            {
                lines.Add(EscapeLine(line.TrimEnd()));
            }
        }

        return lines;
    }

    private static string EscapeLine(string line)
    {
        var escaped = new StringBuilder(line.Length + 8);
        var digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            var atStart = i == 0 && ch is '-' or '+' or '=' or '>';
            var orderedListMarker = i == digits && digits > 0 && ch is '.' or ')';
            if (AlwaysEscaped.Contains(ch, StringComparison.Ordinal) || atStart || orderedListMarker)
            {
                escaped.Append('\\');
            }

            escaped.Append(ch);
        }

        return escaped.ToString();
    }
}
