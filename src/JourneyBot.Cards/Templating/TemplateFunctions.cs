using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json.Nodes;

namespace JourneyBot.Cards.Templating;

/// <summary>
/// The built-in functions of the subset, named and behaving as in adaptive-expressions. Where the
/// official engine would substitute a missing argument, these treat null/missing as empty so a card
/// never shows raw template text.
/// </summary>
internal static class TemplateFunctions
{
    /// <summary>Big enough for any currency or distance; small enough that "N999999999" cannot allocate gigabytes.</summary>
    private const int MaxDecimals = 15;

    private const string IsoFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    private sealed record Function(int MinArguments, int MaxArguments, Func<IReadOnlyList<JsonNode?>, JsonNode?> Body);

    private static readonly FrozenDictionary<string, Function> Functions = new Dictionary<string, Function>(StringComparer.Ordinal)
    {
        ["count"] = new(1, 1, a => Count(a[0])),
        ["length"] = new(1, 1, a => Count(a[0])),
        ["empty"] = new(1, 1, a => JsonValue.Create(IsEmpty(a[0]))),
        ["not"] = new(1, 1, a => JsonValue.Create(!JsonValues.IsTruthy(a[0]))),
        ["equals"] = new(2, 2, a => JsonValue.Create(JsonValues.AreEqual(a[0], a[1]))),
        ["join"] = new(2, 3, Join),
        ["formatNumber"] = new(2, 3, FormatNumber),
        ["formatDateTime"] = new(1, 3, FormatDateTime),
        ["substring"] = new(2, 3, Substring),
        ["toUpper"] = new(1, 1, a => JsonValue.Create(JsonValues.ToText(a[0]).ToUpperInvariant())),
        ["toLower"] = new(1, 1, a => JsonValue.Create(JsonValues.ToText(a[0]).ToLowerInvariant())),
        ["concat"] = new(1, int.MaxValue, Concat),
        ["string"] = new(1, 1, a => JsonValue.Create(a[0] is JsonArray or JsonObject ? JsonValues.ToJson(a[0]) : JsonValues.ToText(a[0]))),
        ["max"] = new(1, int.MaxValue, a => JsonValues.Number(Numbers(a, "max").Max())),
        ["min"] = new(1, int.MaxValue, a => JsonValues.Number(Numbers(a, "min").Min())),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static JsonNode? Invoke(CallExpr call, EvaluationScope scope)
    {
        // if() is lazy so the branch not taken may refer to data that is missing.
        if (call.Function == "if")
        {
            RequireArity(call, 3, 3);
            return JsonValues.IsTruthy(ExpressionEvaluator.Evaluate(call.Arguments[0], scope))
                ? ExpressionEvaluator.Evaluate(call.Arguments[1], scope)
                : ExpressionEvaluator.Evaluate(call.Arguments[2], scope);
        }

        if (!Functions.TryGetValue(call.Function, out var function))
        {
            throw new ExpressionException($"Unknown function '{call.Function}'.");
        }

        RequireArity(call, function.MinArguments, function.MaxArguments);
        var arguments = new JsonNode?[call.Arguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = ExpressionEvaluator.Evaluate(call.Arguments[i], scope);
        }

        return function.Body(arguments);
    }

    private static void RequireArity(CallExpr call, int min, int max)
    {
        if (call.Arguments.Count < min || call.Arguments.Count > max)
        {
            throw new ExpressionException($"'{call.Function}' does not take {call.Arguments.Count} arguments.");
        }
    }

    private static JsonNode Count(JsonNode? value) => value switch
    {
        null => JsonValues.Number(0),
        JsonArray array => JsonValues.Number(array.Count),
        _ when JsonValues.AsString(value) is { } text => JsonValues.Number(text.Length),
        _ => throw new ExpressionException("count/length need an array or a string."),
    };

    private static bool IsEmpty(JsonNode? value) => value switch
    {
        null => true,
        JsonArray array => array.Count == 0,
        JsonObject obj => obj.Count == 0,
        _ => JsonValues.AsString(value) is "",
    };

    private static JsonValue Join(IReadOnlyList<JsonNode?> a)
    {
        if (a[0] is null)
        {
            return JsonValue.Create(string.Empty);
        }

        if (a[0] is not JsonArray array)
        {
            throw new ExpressionException("join needs an array.");
        }

        var items = array.Select(JsonValues.ToText).ToList();
        var separator = JsonValues.ToText(a[1]);
        if (a.Count == 3 && items.Count > 1)
        {
            // join(list, ', ', ' and ') => "a, b and c"
            return JsonValue.Create(string.Join(separator, items[..^1]) + JsonValues.ToText(a[2]) + items[^1]);
        }

        return JsonValue.Create(string.Join(separator, items));
    }

    private static JsonValue FormatNumber(IReadOnlyList<JsonNode?> a)
    {
        if (a[0] is null)
        {
            return JsonValue.Create(string.Empty);
        }

        var number = JsonValues.RequireNumber(a[0], "formatNumber's value");
        var decimals = JsonValues.RequireInteger(a[1], "formatNumber's decimals");
        if (decimals is < 0 or > MaxDecimals)
        {
            throw new ExpressionException($"formatNumber's decimals must be between 0 and {MaxDecimals}.");
        }

        // Round as adaptive-expressions does, Math.round(n * 10^d) / 10^d (halves go up: 2.5 -> 3,
        // -2.5 -> -2), then "N" groups thousands like its default en-US output: 1,234,567.89.
        var scale = Math.Pow(10, decimals);
        var rounded = Math.Floor((number * scale) + 0.5) / scale;
        return JsonValue.Create(rounded.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Culture(a, 2)));
    }

    private static JsonValue FormatDateTime(IReadOnlyList<JsonNode?> a)
    {
        if (a[0] is null)
        {
            return JsonValue.Create(string.Empty);
        }

        var text = JsonValues.AsString(a[0]) ?? throw new ExpressionException("formatDateTime needs a timestamp string.");
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var timestamp))
        {
            throw new ExpressionException($"'{text}' is not a timestamp.");
        }

        // Like adaptive-expressions, format in UTC: a card shows local time only if the data carries it.
        var format = a.Count > 1 && a[1] is not null ? JsonValues.ToText(a[1]) : IsoFormat;
        try
        {
            return JsonValue.Create(timestamp.UtcDateTime.ToString(format, Culture(a, 2)));
        }
        catch (FormatException)
        {
            throw new ExpressionException($"'{format}' is not a date format.");
        }
    }

    private static JsonValue Substring(IReadOnlyList<JsonNode?> a)
    {
        if (a[0] is null)
        {
            return JsonValue.Create(string.Empty);
        }

        var text = JsonValues.AsString(a[0]) ?? throw new ExpressionException("substring needs a string.");
        var start = JsonValues.RequireInteger(a[1], "substring's start");
        var length = a.Count == 3 ? JsonValues.RequireInteger(a[2], "substring's length") : text.Length - start;
        if (start < 0 || length < 0 || start > text.Length || length > text.Length - start)
        {
            throw new ExpressionException("substring is out of range.");
        }

        return JsonValue.Create(text.Substring(start, length));
    }

    private static JsonNode Concat(IReadOnlyList<JsonNode?> a)
    {
        if (a.All(x => x is JsonArray))
        {
            return new JsonArray([.. a.SelectMany(x => (JsonArray)x!).Select(x => x?.DeepClone())]);
        }

        return JsonValue.Create(string.Concat(a.Select(JsonValues.ToText)));
    }

    // max(1, 2) or max(list).
    private static List<double> Numbers(IReadOnlyList<JsonNode?> a, string function)
    {
        IEnumerable<JsonNode?> values = a is [JsonArray list] ? list : a;
        var numbers = values.Select(x => JsonValues.RequireNumber(x, $"Every {function} argument")).ToList();
        return numbers.Count > 0 ? numbers : throw new ExpressionException($"{function} needs at least one number.");
    }

    private static CultureInfo Culture(IReadOnlyList<JsonNode?> a, int index)
    {
        if (a.Count <= index || a[index] is null)
        {
            return CultureInfo.InvariantCulture;
        }

        try
        {
            return CultureInfo.GetCultureInfo(JsonValues.ToText(a[index]));
        }
        catch (CultureNotFoundException)
        {
            throw new ExpressionException("Unknown locale.");
        }
    }
}
