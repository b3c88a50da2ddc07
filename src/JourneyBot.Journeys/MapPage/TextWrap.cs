using System.Globalization;
using System.Text;

namespace JourneyBot.Journeys.MapPage;

/// <summary>
/// Estimates how wide text is drawn and breaks it into lines, so SVG text (which does not wrap by itself)
/// stays inside its box. The widths are those of a wide sans-serif (DejaVu Sans, the usual Linux fallback)
/// rounded up, so narrower fonts (Segoe UI, Helvetica, Noto) leave some room rather than overflow.
/// Works on text elements (grapheme clusters): an emoji sequence or a letter with its accents is never split.
/// </summary>
internal static class TextWrap
{
    public const string Ellipsis = "…";

    /// <summary>The drawn width of <paramref name="text"/> at <paramref name="fontSize"/> pixels.</summary>
    public static double Width(string text, double fontSize)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ems = 0.0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            ems += EmWidth(elements.GetTextElement());
        }

        return ems * fontSize;
    }

    /// <summary>
    /// <paramref name="text"/> in lines no wider than <paramref name="maxWidth"/>: broken at spaces, between
    /// CJK characters, and inside a word only when the word alone is too wide; line breaks in the text are
    /// kept (blank lines are dropped: a card has no room for them). When it needs more than <paramref name="maxLines"/> lines, the last one ends with an ellipsis.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string? text, double maxWidth, double fontSize, int maxLines)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLines, 1);
        var lines = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return lines;
        }

        var line = new StringBuilder();
        var lineWidth = 0.0;
        var pendingSpace = false;
        var spaceWidth = EmWidth(" ") * fontSize;

        void EndLine()
        {
            lines.Add(line.ToString());
            line.Clear();
            lineWidth = 0;
            pendingSpace = false;
        }

        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            foreach (var token in Tokens(paragraph))
            {
                if (lines.Count > maxLines)
                {
                    break;
                }

                if (string.IsNullOrWhiteSpace(token))
                {
                    pendingSpace = line.Length > 0;
                    continue;
                }

                var tokenWidth = Width(token, fontSize);
                var gap = pendingSpace ? spaceWidth : 0;
                if (lineWidth + gap + tokenWidth <= maxWidth)
                {
                    if (pendingSpace)
                    {
                        line.Append(' ');
                    }

                    line.Append(token);
                    lineWidth += gap + tokenWidth;
                    pendingSpace = false;
                    continue;
                }

                if (line.Length > 0)
                {
                    EndLine();
                }

                if (tokenWidth <= maxWidth)
                {
                    line.Append(token);
                    lineWidth = tokenWidth;
                    continue;
                }

                // A word wider than the line: break it wherever it reaches the edge.
                var elements = StringInfo.GetTextElementEnumerator(token);
                while (elements.MoveNext())
                {
                    var element = elements.GetTextElement();
                    var width = EmWidth(element) * fontSize;
                    if (line.Length > 0 && lineWidth + width > maxWidth)
                    {
                        EndLine();
                    }

                    line.Append(element);
                    lineWidth += width;
                }
            }

            if (lines.Count > maxLines)
            {
                break;
            }

            if (line.Length > 0)
            {
                EndLine();
            }
        }

        if (line.Length > 0)
        {
            EndLine();
        }

        if (lines.Count > maxLines)
        {
            lines.RemoveRange(maxLines, lines.Count - maxLines);
            lines[^1] = WithEllipsis(lines[^1], maxWidth, fontSize);
        }

        return lines;
    }

    /// <summary><paramref name="text"/> on one line, cut with an ellipsis when wider than <paramref name="maxWidth"/>.</summary>
    public static string Fit(string text, double maxWidth, double fontSize)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Width(text, fontSize) <= maxWidth ? text : WithEllipsis(text, maxWidth, fontSize);
    }

    private static string WithEllipsis(string line, double maxWidth, double fontSize)
    {
        var room = maxWidth - Width(Ellipsis, fontSize);
        var kept = new StringBuilder();
        var width = 0.0;
        var elements = StringInfo.GetTextElementEnumerator(line);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var elementWidth = EmWidth(element) * fontSize;
            if (width + elementWidth > room)
            {
                break;
            }

            kept.Append(element);
            width += elementWidth;
        }

        return kept.ToString().TrimEnd() + Ellipsis;
    }

    /// <summary>Words, runs of spaces, and single wide characters (which may be broken between).</summary>
    private static IEnumerable<string> Tokens(string paragraph)
    {
        var word = new StringBuilder();
        var elements = StringInfo.GetTextElementEnumerator(paragraph);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            if (string.IsNullOrWhiteSpace(element) || IsBreakable(element))
            {
                if (word.Length > 0)
                {
                    yield return word.ToString();
                    word.Clear();
                }

                yield return element;
            }
            else
            {
                word.Append(element);
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    private static bool IsBreakable(string element) => IsWide(First(element)) || IsEmoji(First(element));

    private static int First(string element) =>
        Rune.TryGetRuneAt(element, 0, out var rune) ? rune.Value : 0xFFFD;

    /// <summary>The width of one text element in ems.</summary>
    private static double EmWidth(string element)
    {
        var c = First(element);
        if (IsEmoji(c))
        {
            return 1.3;
        }

        if (IsWide(c))
        {
            return 1.0;
        }

        return c switch
        {
            ' ' => 0.32,
            'i' or 'j' or 'l' or 'I' or '.' or ',' or ':' or ';' or '\'' or '!' or '|' => 0.32,
            'f' or 'r' or 't' or '(' or ')' or '[' or ']' or '"' or '-' => 0.44,
            'm' or 'w' or 'M' or 'W' or '@' or '%' => 1.0,
            >= 'A' and <= 'Z' => 0.76,
            >= '0' and <= '9' => 0.66,
            >= 'a' and <= 'z' => 0.64,
            < 0x80 => 0.7,
            >= 0x0590 and <= 0x06FF => 0.6,
            _ => 0.74,
        };
    }

    /// <summary>East Asian wide and fullwidth characters: CJK, kana, Hangul, fullwidth forms.</summary>
    private static bool IsWide(int c) =>
        c is (>= 0x1100 and <= 0x115F)
            or (>= 0x2E80 and <= 0x303E)
            or (>= 0x3041 and <= 0x33FF)
            or (>= 0x3400 and <= 0x4DBF)
            or (>= 0x4E00 and <= 0x9FFF)
            or (>= 0xA000 and <= 0xA4CF)
            or (>= 0xAC00 and <= 0xD7A3)
            or (>= 0xF900 and <= 0xFAFF)
            or (>= 0xFE30 and <= 0xFE4F)
            or (>= 0xFF00 and <= 0xFF60)
            or (>= 0xFFE0 and <= 0xFFE6)
            or (>= 0x20000 and <= 0x3FFFD);

    private static bool IsEmoji(int c) =>
        c is (>= 0x1F000 and <= 0x1FAFF) or (>= 0x2600 and <= 0x27BF) or (>= 0x2B00 and <= 0x2BFF);
}
