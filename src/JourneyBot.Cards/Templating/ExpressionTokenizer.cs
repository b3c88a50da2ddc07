namespace JourneyBot.Cards.Templating;

internal enum TokenKind
{
    Number,
    String,
    Identifier,
    Operator,
    End,
}

/// <summary>One token; for strings <see cref="Text"/> is the unescaped value.</summary>
internal readonly record struct Token(TokenKind Kind, string Text);

/// <summary>Splits the text between <c>${</c> and <c>}</c> into tokens.</summary>
internal static class ExpressionTokenizer
{
    /// <summary>Long enough for any real card expression; short enough that the recursive evaluator stays shallow.</summary>
    public const int MaxTokens = 256;

    // Longest first, so "<=" wins over "<".
    private static readonly string[] Operators =
        ["==", "!=", "<>", "<=", ">=", "&&", "||", "<", ">", "+", "-", "*", "/", "%", "!", "(", ")", "[", "]", ",", "."];

    public static List<Token> Tokenize(string source)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            if (char.IsWhiteSpace(c) || c == '\ufeff')
            {
                i++;
                continue;
            }

            if (tokens.Count >= MaxTokens)
            {
                throw new ExpressionException("Expression is too long.");
            }

            if (char.IsAsciiDigit(c))
            {
                tokens.Add(new Token(TokenKind.Number, ReadNumber(source, ref i)));
            }
            else if (c is '\'' or '"')
            {
                tokens.Add(new Token(TokenKind.String, ReadString(source, ref i)));
            }
            else if (IsIdentifierStart(c))
            {
                var start = i++;
                while (i < source.Length && (char.IsAsciiLetterOrDigit(source[i]) || source[i] == '_'))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Identifier, source[start..i]));
            }
            else
            {
                var op = Array.Find(Operators, o => string.CompareOrdinal(source, i, o, 0, o.Length) == 0)
                    ?? throw new ExpressionException($"Unexpected character '{c}'.");
                tokens.Add(new Token(TokenKind.Operator, op));
                i += op.Length;
            }
        }

        tokens.Add(new Token(TokenKind.End, string.Empty));
        return tokens;
    }

    // Same identifier alphabet as adaptive-expressions: $root, @x and #x are names, not operators.
    private static bool IsIdentifierStart(char c) => char.IsAsciiLetter(c) || c is '_' or '$' or '@' or '#';

    private static string ReadNumber(string source, ref int i)
    {
        var start = i;
        while (i < source.Length && char.IsAsciiDigit(source[i]))
        {
            i++;
        }

        // A dot is a decimal point only when a digit follows; otherwise it is member access.
        if (i + 1 < source.Length && source[i] == '.' && char.IsAsciiDigit(source[i + 1]))
        {
            i++;
            while (i < source.Length && char.IsAsciiDigit(source[i]))
            {
                i++;
            }
        }

        return source[start..i];
    }

    private static string ReadString(string source, ref int i)
    {
        var quote = source[i++];
        var value = new System.Text.StringBuilder();
        while (i < source.Length)
        {
            var c = source[i++];
            if (c == quote)
            {
                return value.ToString();
            }

            if (c == '\\' && i < source.Length)
            {
                var escaped = source[i++];
                value.Append(escaped switch
                {
                    'n' => "\n",
                    'r' => "\r",
                    't' => "\t",
                    '\\' or '\'' or '"' => escaped.ToString(),
                    _ => "\\" + escaped,
                });
                continue;
            }

            value.Append(c);
        }

        throw new ExpressionException("Unterminated string literal.");
    }
}
