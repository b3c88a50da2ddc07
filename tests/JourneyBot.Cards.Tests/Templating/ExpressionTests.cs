using System.Text.Json.Nodes;
using JourneyBot.Cards.Templating;

namespace JourneyBot.Cards.Tests.Templating;

/// <summary>
/// Operators and functions, each written as "[${expression}]" so the result is its text form.
/// Rows marked JS give the same result in adaptivecards-templating 2.3.1.
/// </summary>
public class ExpressionTests
{
    private const string Data = """
        {
          "n": 5, "f": 1.5, "s": "abc", "b": true, "arr": [1, 2, 3], "sarr": ["x", "y"], "o": { "k": 1 },
          "nul": null, "ts": "2024-03-05T14:07:09Z", "big": 1234567.891, "zero": 0, "es": "", "ea": [], "eo": {}
        }
        """;

    [Theory]
    // literals
    [InlineData("42", "42")]
    [InlineData("1.50", "1.5")] // JS
    [InlineData("'single'", "single")]
    [InlineData("\"double\"", "double")] // JS
    [InlineData("'a\\'b'", "a'b")] // JS
    [InlineData("true", "true")] // JS
    [InlineData("null", "")]
    // comparison and logic
    [InlineData("n == 5", "true")] // JS
    [InlineData("n == '5'", "false")] // JS: no type coercion
    [InlineData("n != 5", "false")] // JS
    [InlineData("n <> 5", "false")]
    [InlineData("n >= 5", "true")] // JS
    [InlineData("n <= 4", "false")] // JS
    [InlineData("n > 3 && b", "true")] // JS
    [InlineData("n < 3 || !b", "false")] // JS
    [InlineData("'a' < 'b'", "true")] // JS
    [InlineData("1 == 1.0", "true")] // JS
    [InlineData("missing == null", "true")] // JS
    [InlineData("nul == null", "true")] // JS
    [InlineData("!missing", "true")] // JS
    [InlineData("!zero", "false")] // JS: 0 and "" are truthy in adaptive-expressions
    [InlineData("!es", "false")] // JS
    [InlineData("false || missing", "false")]
    [InlineData("missing > 3", "false")] // JS: ordering against a missing value is false, not an error
    [InlineData("3 <= missing", "false")] // JS
    [InlineData("!(nul < 1)", "true")] // JS
    // arithmetic
    [InlineData("n + f", "6.5")] // JS
    [InlineData("n - 10", "-5")] // JS
    [InlineData("-n", "-5")] // JS
    [InlineData("n * f", "7.5")] // JS
    [InlineData("f * 2", "3")] // JS
    [InlineData("7 / 2", "3")] // JS: two whole numbers divide as integers
    [InlineData("f / 2", "0.75")]
    [InlineData("n % 2", "1")] // JS
    [InlineData("1 + 2 * 3", "7")] // JS
    [InlineData("(1 + 2) * 3", "9")] // JS
    [InlineData("0.1 + 0.2", "0.30000000000000004")] // JS
    [InlineData("n + 'x'", "5x")] // JS
    [InlineData("'x' + n", "x5")] // JS
    [InlineData("s + missing", "abc")]
    // paths
    [InlineData("arr[1]", "2")] // JS
    [InlineData("arr[9]", "")]
    [InlineData("o.k", "1")] // JS
    [InlineData("o['k']", "1")] // JS
    [InlineData("$root.n", "5")] // JS
    [InlineData("$data.n", "5")] // JS
    [InlineData("N", "")] // JS: names are case-sensitive (JS keeps the literal)
    [InlineData("arr", "1,2,3")] // JS: an array reads like Array.toString
    [InlineData("sarr", "x,y")] // JS
    // functions
    [InlineData("if(b, 'yes', 'no')", "yes")] // JS
    [InlineData("if(n > 6, 1, 'two')", "two")] // JS
    [InlineData("if(missing, missing.x, 'fallback')", "fallback")] // JS
    [InlineData("count(arr)", "3")] // JS
    [InlineData("count(s)", "3")] // JS
    [InlineData("length(s)", "3")] // JS
    [InlineData("length(arr)", "3")] // the JS engine accepts only strings in length()
    [InlineData("count(missing)", "0")]
    [InlineData("join(sarr, ', ')", "x, y")] // JS
    [InlineData("join(arr, '-')", "1-2-3")] // JS
    [InlineData("join(sarr, ', ', ' and ')", "x and y")]
    [InlineData("join(missing, ', ')", "")]
    [InlineData("formatNumber(big, 2)", "1,234,567.89")] // JS
    [InlineData("formatNumber(n, 2)", "5.00")] // JS
    [InlineData("formatNumber(2.5, 0)", "3")] // JS: halves round up
    [InlineData("formatNumber(-2.5, 0)", "-2")] // JS, except that it writes U+2212 for the minus
    [InlineData("formatNumber(1.005, 2)", "1.00")] // JS: 1.005 is just below the half as a double
    [InlineData("formatNumber(0.125, 2)", "0.13")] // JS
    [InlineData("formatNumber(big, 1, 'de-DE')", "1.234.567,9")]
    [InlineData("formatDateTime(ts)", "2024-03-05T14:07:09.000Z")] // JS
    [InlineData("formatDateTime(ts, 'yyyy-MM-dd')", "2024-03-05")] // JS
    [InlineData("formatDateTime(ts, 'dd MMM yyyy HH:mm')", "05 Mar 2024 14:07")] // JS
    [InlineData("formatDateTime('2024-03-05T23:30:00+08:00', 'yyyy-MM-dd HH:mm')", "2024-03-05 15:30")] // JS: formatted in UTC
    [InlineData("formatDateTime('2024-03-05')", "2024-03-05T00:00:00.000Z")] // JS
    [InlineData("formatDateTime(missing, 'yyyy')", "")]
    [InlineData("substring(s, 1, 1)", "b")] // JS
    [InlineData("substring(s, 1)", "bc")] // JS
    [InlineData("substring('🎉x', 2, 1)", "x")] // JS: UTF-16 positions
    [InlineData("empty(es)", "true")] // JS
    [InlineData("empty(ea)", "true")] // JS
    [InlineData("empty(eo)", "true")] // JS
    [InlineData("empty(missing)", "true")] // JS
    [InlineData("empty(s)", "false")] // JS
    [InlineData("empty(0)", "false")] // JS
    [InlineData("not(zero)", "false")] // JS
    [InlineData("not(missing)", "true")]
    [InlineData("equals(n, 5)", "true")] // JS
    [InlineData("equals('1', 1)", "false")] // JS
    [InlineData("equals(o, o)", "true")] // JS
    [InlineData("toUpper(s)", "ABC")] // JS
    [InlineData("toLower('ABC')", "abc")] // JS
    [InlineData("toUpper(missing)", "")]
    [InlineData("concat(s, 'd', n)", "abcd5")] // JS
    [InlineData("concat('a', missing)", "a")]
    [InlineData("string(n)", "5")] // JS
    [InlineData("string(b)", "true")] // JS
    [InlineData("string(o)", "{\"k\":1}")] // JS
    [InlineData("string(sarr)", "[\"x\",\"y\"]")] // JS
    [InlineData("max(n, 7)", "7")] // JS
    [InlineData("min(n, f)", "1.5")] // JS
    [InlineData("max(1, 2, 3)", "3")] // JS
    [InlineData("max(arr)", "3")]
    public void Expression_EvaluatesToText(string expression, string expected)
    {
        var card = TemplateExpander.Expand(new JsonObject { ["t"] = $"[${{{expression}}}]" }, JsonNode.Parse(Data));

        Assert.Equal($"[{expected}]", card!["t"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("count(arr)", "3")]
    [InlineData("n > 1", "true")]
    [InlineData("concat(sarr, arr)", """["x","y",1,2,3]""")]
    [InlineData("if(b, o, 'no')", """{"k":1}""")]
    [InlineData("7.5 / 2.5", "3")]
    public void WholeStringExpression_KeepsTheResultType(string expression, string expectedJson)
    {
        var card = TemplateExpander.Expand(new JsonObject { ["v"] = $"${{{expression}}}" }, JsonNode.Parse(Data));

        Assert.Equal(expectedJson, card!["v"]!.ToJsonString());
    }

    [Theory]
    [InlineData("substring(s, 2, 5)")] // JS: out of range is an error
    [InlineData("formatNumber(s, 2)")]
    [InlineData("formatNumber(n, 99)")]
    [InlineData("formatDateTime('garbage')")] // JS: an error
    [InlineData("formatDateTime(ts, 'yyyy', 'not a locale')")]
    [InlineData("join(s, ',')")]
    [InlineData("if(true, 'a')")] // JS: an error
    [InlineData("count(o)")]
    [InlineData("n < 'a'")]
    [InlineData("-'a'")] // JS: an error
    [InlineData("s[0]")] // JS: an error
    [InlineData("n % 0")]
    [InlineData("1 +")]
    [InlineData("'unterminated")]
    [InlineData("a ? b : c")]
    public void FailingExpression_KeepsItsLiteralText(string expression)
    {
        var text = $"[${{{expression}}}]";

        var card = TemplateExpander.Expand(new JsonObject { ["t"] = text }, JsonNode.Parse(Data));

        Assert.Equal(text, card!["t"]!.GetValue<string>());
    }
}
