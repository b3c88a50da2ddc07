using System.Text;

namespace JourneyBot.Cards.Templating;

/// <summary>A run of literal text, or one <c>${...}</c> with its source text kept for when it cannot be evaluated.</summary>
internal readonly record struct TemplatePart(string Text, bool IsExpression)
{
    /// <summary>The expression between <c>${</c> and <c>}</c>.</summary>
    public string Expression => Text[2..^1];
}

/// <summary>
/// Splits a template string into text and <c>${...}</c> parts with the adaptive-expressions lexer rule:
/// an expression runs to the first <c>}</c> outside a quoted string, must not be empty and cannot
/// contain <c>{</c>, a line break or a backtick; otherwise the <c>$</c> is plain text
/// (<c>"${}"</c> and <c>"${ ${a} }"</c> behave as in adaptivecards-templating 2.3.1).
/// <c>\$</c> and <c>\`</c> escape a dollar sign or backtick.
/// </summary>
internal static class TemplateString
{
    public static bool HasExpressionMarker(string text) => text.Contains("${", StringComparison.Ordinal);

    public static List<TemplatePart> Parse(string text)
    {
        var parts = new List<TemplatePart>();
        var literal = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && text[i + 1] is '$' or '`')
            {
                literal.Append(text[i + 1]);
                i += 2;
                continue;
            }

            if (c == '$' && i + 1 < text.Length && text[i + 1] == '{')
            {
                var end = FindClosingBrace(text, i + 2);
                if (end > i + 2)
                {
                    if (literal.Length > 0)
                    {
                        parts.Add(new TemplatePart(literal.ToString(), IsExpression: false));
                        literal.Clear();
                    }

                    parts.Add(new TemplatePart(text[i..(end + 1)], IsExpression: true));
                    i = end + 1;
                    continue;
                }
            }

            literal.Append(c);
            i++;
        }

        if (literal.Length > 0)
        {
            parts.Add(new TemplatePart(literal.ToString(), IsExpression: false));
        }

        return parts;
    }

    private static int FindClosingBrace(string text, int start)
    {
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            switch (c)
            {
                case '}':
                    return i;
                case '{' or '\r' or '\n' or '`':
                    return -1;
                case '\'' or '"':
                    i++;
                    while (i < text.Length && text[i] != c)
                    {
                        i += text[i] == '\\' ? 2 : 1;
                    }

                    if (i >= text.Length)
                    {
                        return -1;
                    }

                    break;
            }

            i++;
        }

        return -1;
    }
}
