using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace JourneyBot.Cards.Templating;

/// <summary>
/// The value rules expressions share. A C# <see langword="null"/> stands for both JSON null and a
/// missing path: cards have no use for the difference, and treating them alike keeps every rule simple.
/// </summary>
internal static class JsonValues
{
    // Text shown in a card, not JSON on the wire: keep CJK and emoji readable instead of \uXXXX.
    private static readonly JsonSerializerOptions _textOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Integers beyond 2^53 are not exact in a double; keep them as doubles rather than pretend.
    private const double MaxExactInteger = 9007199254740992d;

    /// <summary>A number result; whole values become integers so <c>1.5 * 2</c> prints <c>3</c>, as in JavaScript.</summary>
    public static JsonNode Number(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            throw new ExpressionException("The result is not a finite number.");
        }

        return IsInteger(value) && Math.Abs(value) <= MaxExactInteger
            ? JsonValue.Create((long)value)
            : JsonValue.Create(value);
    }

    public static bool IsInteger(double value) => Math.Floor(value) == value;

    public static JsonValueKind Kind(JsonNode? value) => value?.GetValueKind() ?? JsonValueKind.Null;

    public static bool TryGetNumber(JsonNode? value, out double number)
    {
        number = 0;
        if (Kind(value) != JsonValueKind.Number)
        {
            return false;
        }

        var node = (JsonValue)value!;
        if (node.TryGetValue(out number))
        {
            return true;
        }

        // Values created from other CLR numeric types do not convert through TryGetValue<double>.
        return double.TryParse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number);
    }

    public static double RequireNumber(JsonNode? value, string what) =>
        TryGetNumber(value, out var number) ? number : throw new ExpressionException($"{what} must be a number.");

    public static int RequireInteger(JsonNode? value, string what)
    {
        var number = RequireNumber(value, what);
        return IsInteger(number) && number is >= int.MinValue and <= int.MaxValue
            ? (int)number
            : throw new ExpressionException($"{what} must be a whole number.");
    }

    public static string? AsString(JsonNode? value)
    {
        if (Kind(value) != JsonValueKind.String)
        {
            return null;
        }

        var node = value!.AsValue();
        if (node.TryGetValue(out string? text))
        {
            return text;
        }

        // A value created from a Guid, DateTime or char is a JSON string but not a System.String in memory.
        using var document = JsonDocument.Parse(node.ToJsonString());
        return document.RootElement.GetString();
    }

    /// <summary>adaptive-expressions truthiness: only <c>false</c> and null/missing are false; <c>0</c> and <c>""</c> are true.</summary>
    public static bool IsTruthy(JsonNode? value) => Kind(value) is not (JsonValueKind.Null or JsonValueKind.False);

    /// <summary>
    /// How a value reads when interpolated into text. An array reads as JavaScript's <c>Array.toString</c>
    /// does (<c>a,b</c>), as in adaptivecards-templating; an object reads as JSON (JS would write
    /// <c>[object Object]</c>, which helps nobody).
    /// </summary>
    public static string ToText(JsonNode? value)
    {
        switch (Kind(value))
        {
            case JsonValueKind.Array:
                return string.Join(',', value!.AsArray().Select(ToText));
            case JsonValueKind.Null:
                return string.Empty;
            case JsonValueKind.String:
                return AsString(value)!;
            case JsonValueKind.True:
                return "true";
            case JsonValueKind.False:
                return "false";
            case JsonValueKind.Number:
                // Integer tokens print exactly (ids beyond 2^53 included); others in shortest round-trip form.
                if (value!.AsValue().TryGetValue(out long integer))
                {
                    return integer.ToString(CultureInfo.InvariantCulture);
                }

                var number = RequireNumber(value, "value");
                return IsInteger(number) && Math.Abs(number) <= MaxExactInteger
                    ? ((long)number).ToString(CultureInfo.InvariantCulture)
                    : number.ToString("R", CultureInfo.InvariantCulture);
            default:
                return ToJson(value);
        }
    }

    /// <summary>The JSON text of a value, with CJK and emoji kept readable; <c>string()</c> of an array or object.</summary>
    public static string ToJson(JsonNode? value) => value?.ToJsonString(_textOptions) ?? "null";

    /// <summary>Equality without type coercion (<c>5 == '5'</c> is false); numbers compare by value.</summary>
    public static bool AreEqual(JsonNode? left, JsonNode? right)
    {
        if (TryGetNumber(left, out var a) && TryGetNumber(right, out var b))
        {
            return a == b;
        }

        return JsonNode.DeepEquals(left, right);
    }

    /// <summary>Ordering for numbers and for strings (ordinal); other pairs are not comparable.</summary>
    public static int Compare(JsonNode? left, JsonNode? right)
    {
        if (TryGetNumber(left, out var a) && TryGetNumber(right, out var b))
        {
            return a.CompareTo(b);
        }

        if (AsString(left) is { } x && AsString(right) is { } y)
        {
            return string.CompareOrdinal(x, y);
        }

        throw new ExpressionException("Only two numbers or two strings can be compared.");
    }

    /// <summary><c>target.name</c>: a property of an object; anything else has no properties (missing, not an error).</summary>
    public static JsonNode? Property(JsonNode? target, string name) =>
        target is JsonObject obj && obj.TryGetPropertyValue(name, out var value) ? value : null;

    /// <summary><c>target[index]</c>: an array position (out of range is missing) or an object key.</summary>
    public static JsonNode? Element(JsonNode? target, JsonNode? index)
    {
        switch (target)
        {
            case null:
                return null;
            case JsonArray array when TryGetNumber(index, out var position):
                return IsInteger(position) && position >= 0 && position < array.Count ? array[(int)position] : null;
            case JsonObject when AsString(index) is { } key:
                return Property(target, key);
            default:
                throw new ExpressionException("Index an array with a number or an object with a string.");
        }
    }
}
