using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Nodes;

namespace JourneyBot.Cards.Templating;

/// <summary>
/// Recursive-descent parser for the expression subset. Precedence, lowest first:
/// <c>||</c>, <c>&amp;&amp;</c>, <c>== != &lt;&gt;</c>, <c>&lt; &lt;= &gt; &gt;=</c>, <c>+ -</c>, <c>* / %</c>,
/// unary <c>! - +</c>, then member access, indexing and calls.
/// </summary>
internal sealed class ExpressionParser
{
    /// <summary>Bounds parentheses, unary chains and nested calls so a hostile template cannot exhaust the stack.</summary>
    public const int MaxNesting = 32;

    private readonly List<Token> _tokens;
    private int _position;
    private int _nesting;

    private ExpressionParser(List<Token> tokens) => _tokens = tokens;

    private Token Current => _tokens[_position];

    /// <summary>Parses <paramref name="source"/> (the text between <c>${</c> and <c>}</c>); false when it is not a valid expression.</summary>
    public static bool TryParse(string source, [NotNullWhen(true)] out Expr? expression)
    {
        try
        {
            var parser = new ExpressionParser(ExpressionTokenizer.Tokenize(source));
            expression = parser.ParseExpression();
            parser.Expect(TokenKind.End);
            return true;
        }
        catch (ExpressionException)
        {
            expression = null;
            return false;
        }
    }

    private Expr ParseExpression()
    {
        if (++_nesting > MaxNesting)
        {
            throw new ExpressionException("Expression is nested too deeply.");
        }

        var result = ParseBinary(0);
        _nesting--;
        return result;
    }

    private static readonly string[][] BinaryLevels =
    [
        ["||"],
        ["&&"],
        ["==", "!=", "<>"],
        ["<", "<=", ">", ">="],
        ["+", "-"],
        ["*", "/", "%"],
    ];

    // Every binary level is left-associative, so one loop per level replaces six near-identical methods.
    private Expr ParseBinary(int level)
    {
        if (level == BinaryLevels.Length)
        {
            return ParseUnary();
        }

        var left = ParseBinary(level + 1);
        while (Current.Kind == TokenKind.Operator && BinaryLevels[level].Contains(Current.Text))
        {
            var op = Current.Text == "<>" ? "!=" : Current.Text;
            _position++;
            left = new BinaryExpr(op, left, ParseBinary(level + 1));
        }

        return left;
    }

    private Expr ParseUnary()
    {
        if (Current is { Kind: TokenKind.Operator, Text: "!" or "-" or "+" })
        {
            var op = Current.Text;
            _position++;
            if (++_nesting > MaxNesting)
            {
                throw new ExpressionException("Expression is nested too deeply.");
            }

            var operand = ParseUnary();
            _nesting--;
            return new UnaryExpr(op, operand);
        }

        return ParsePostfix(ParsePrimary());
    }

    private Expr ParsePostfix(Expr target)
    {
        while (true)
        {
            if (TryConsume("."))
            {
                var name = Expect(TokenKind.Identifier);
                target = new MemberExpr(target, name.Text);
            }
            else if (TryConsume("["))
            {
                var index = ParseExpression();
                ExpectOperator("]");
                target = new IndexExpr(target, index);
            }
            else
            {
                return target;
            }
        }
    }

    private Expr ParsePrimary()
    {
        var token = Current;
        _position++;
        switch (token.Kind)
        {
            case TokenKind.Number:
                return new LiteralExpr(JsonValues.Number(double.Parse(token.Text, CultureInfo.InvariantCulture)));
            case TokenKind.String:
                return new LiteralExpr(JsonValue.Create(token.Text));
            case TokenKind.Identifier when token.Text == "true":
                return new LiteralExpr(JsonValue.Create(true));
            case TokenKind.Identifier when token.Text == "false":
                return new LiteralExpr(JsonValue.Create(false));
            case TokenKind.Identifier when token.Text == "null":
                return new LiteralExpr(null);
            case TokenKind.Identifier when TryConsume("("):
                return new CallExpr(token.Text, ParseArguments());
            case TokenKind.Identifier:
                return new NameExpr(token.Text);
            case TokenKind.Operator when token.Text == "(":
                var inner = ParseExpression();
                ExpectOperator(")");
                return inner;
            default:
                throw new ExpressionException($"Unexpected '{token.Text}'.");
        }
    }

    private List<Expr> ParseArguments()
    {
        var arguments = new List<Expr>();
        if (TryConsume(")"))
        {
            return arguments;
        }

        do
        {
            arguments.Add(ParseExpression());
        }
        while (TryConsume(","));

        ExpectOperator(")");
        return arguments;
    }

    private bool TryConsume(string op)
    {
        if (Current.Kind == TokenKind.Operator && Current.Text == op)
        {
            _position++;
            return true;
        }

        return false;
    }

    private void ExpectOperator(string op)
    {
        if (!TryConsume(op))
        {
            throw new ExpressionException($"Expected '{op}'.");
        }
    }

    private Token Expect(TokenKind kind)
    {
        var token = Current;
        if (token.Kind != kind)
        {
            throw new ExpressionException($"Expected {kind}.");
        }

        _position++;
        return token;
    }
}
