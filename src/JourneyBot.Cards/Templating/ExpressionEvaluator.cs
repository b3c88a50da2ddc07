using System.Text.Json;
using System.Text.Json.Nodes;

namespace JourneyBot.Cards.Templating;

/// <summary>What names resolve to: <c>$root</c>, the current <c>$data</c> context and the repetition <c>$index</c>.</summary>
internal readonly record struct EvaluationScope(JsonNode? Root, JsonNode? Data, int? Index);

/// <summary>
/// Evaluates a parsed expression against a scope. Returns data nodes by reference (callers clone
/// before inserting them into output) and throws <see cref="ExpressionException"/> on type errors.
/// </summary>
internal static class ExpressionEvaluator
{
    public static JsonNode? Evaluate(Expr expression, EvaluationScope scope) => expression switch
    {
        LiteralExpr literal => literal.Value,
        NameExpr name => Resolve(name.Name, scope),
        MemberExpr member => JsonValues.Property(Evaluate(member.Target, scope), member.Name),
        IndexExpr index => JsonValues.Element(Evaluate(index.Target, scope), Evaluate(index.Index, scope)),
        CallExpr call => TemplateFunctions.Invoke(call, scope),
        UnaryExpr unary => EvaluateUnary(unary, scope),
        BinaryExpr binary => EvaluateBinary(binary, scope),
        _ => throw new ExpressionException($"Unsupported expression {expression.GetType().Name}."),
    };

    private static JsonNode? Resolve(string name, EvaluationScope scope) => name switch
    {
        "$root" => scope.Root,
        "$data" => scope.Data,
        "$index" => scope.Index is { } index ? JsonValues.Number(index) : null,
        // Other reserved names ($host, $_acTemplateVersion) are not provided here: missing.
        _ when name.StartsWith('$') => null,
        // A bare name is a property of the current data context, as in "${title}".
        _ => JsonValues.Property(scope.Data, name),
    };

    private static JsonNode? EvaluateUnary(UnaryExpr unary, EvaluationScope scope)
    {
        var operand = Evaluate(unary.Operand, scope);
        return unary.Operator switch
        {
            "!" => JsonValue.Create(!JsonValues.IsTruthy(operand)),
            "-" => JsonValues.Number(-JsonValues.RequireNumber(operand, "The operand of '-'")),
            _ => JsonValues.Number(JsonValues.RequireNumber(operand, "The operand of '+'")),
        };
    }

    private static JsonNode? EvaluateBinary(BinaryExpr binary, EvaluationScope scope)
    {
        // Short-circuit, so "${count(items) > 0 && items[0].done}" never touches a missing item.
        switch (binary.Operator)
        {
            case "&&":
                return JsonValue.Create(JsonValues.IsTruthy(Evaluate(binary.Left, scope)) && JsonValues.IsTruthy(Evaluate(binary.Right, scope)));
            case "||":
                return JsonValue.Create(JsonValues.IsTruthy(Evaluate(binary.Left, scope)) || JsonValues.IsTruthy(Evaluate(binary.Right, scope)));
        }

        var left = Evaluate(binary.Left, scope);
        var right = Evaluate(binary.Right, scope);
        return binary.Operator switch
        {
            "==" => JsonValue.Create(JsonValues.AreEqual(left, right)),
            "!=" => JsonValue.Create(!JsonValues.AreEqual(left, right)),
            "<" => Order(left, right, order => order < 0),
            "<=" => Order(left, right, order => order <= 0),
            ">" => Order(left, right, order => order > 0),
            ">=" => Order(left, right, order => order >= 0),
            "+" => Add(left, right),
            _ => Arithmetic(binary.Operator, left, right),
        };
    }

    // As in adaptive-expressions, ordering anything against a missing or null value is false rather than
    // an error, so "${!(rating > 3)}" holds when there is no rating; two values of different types still fail.
    private static JsonValue Order(JsonNode? left, JsonNode? right, Func<int, bool> test) =>
        JsonValue.Create(JsonValues.Kind(left) != JsonValueKind.Null
            && JsonValues.Kind(right) != JsonValueKind.Null
            && test(JsonValues.Compare(left, right)));

    // "+" adds two numbers and otherwise concatenates when either side is text (null reads as "").
    private static JsonNode Add(JsonNode? left, JsonNode? right)
    {
        if (JsonValues.TryGetNumber(left, out var a) && JsonValues.TryGetNumber(right, out var b))
        {
            return JsonValues.Number(a + b);
        }

        if (JsonValues.AsString(left) is not null || JsonValues.AsString(right) is not null)
        {
            return JsonValue.Create(JsonValues.ToText(left) + JsonValues.ToText(right));
        }

        throw new ExpressionException("'+' needs two numbers or a string.");
    }

    private static JsonNode Arithmetic(string op, JsonNode? left, JsonNode? right)
    {
        var a = JsonValues.RequireNumber(left, $"The left operand of '{op}'");
        var b = JsonValues.RequireNumber(right, $"The right operand of '{op}'");
        if (op is "/" or "%" && b == 0)
        {
            throw new ExpressionException("Division by zero.");
        }

        // adaptive-expressions divides two whole numbers as integers (7 / 2 is 3); checked against
        // adaptivecards-templating 2.3.1, so cards render the same as with the official engine.
        var integers = JsonValues.IsInteger(a) && JsonValues.IsInteger(b);
        return op switch
        {
            "-" => JsonValues.Number(a - b),
            "*" => JsonValues.Number(a * b),
            "/" => JsonValues.Number(integers ? Math.Truncate(a / b) : a / b),
            _ => JsonValues.Number(a % b),
        };
    }
}
