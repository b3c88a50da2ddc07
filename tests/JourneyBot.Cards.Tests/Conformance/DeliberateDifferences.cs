namespace JourneyBot.Cards.Tests.Conformance;

/// <summary>
/// The corpus cases where we knowingly differ from adaptivecards-templating 2.3.1, each with the reason
/// and both outputs. Keep this list short: where the JS behaviour is reasonable, fix our engine instead.
/// </summary>
internal static class DeliberateDifferences
{
    private const string MissingValue =
        "A missing path: the JS engine keeps the literal ${path} text, also as a function argument (count(missing) counts the " +
        "characters of \"${items}\"). We drop a property or array item that is only a missing path and read it as empty " +
        "elsewhere, so optional data never shows template syntax to users or fails CardValidator.";

    private const string NullValue =
        "A JSON null: the JS engine throws when it interpolates one into text. We treat null like a missing value, so the card is still made.";

    private const string DroppedProperty =
        "An object dropped by $when or an empty repetition where it is a property value: the JS engine leaves \"key\": null. " +
        "We omit the property, since null where the schema wants an object (selectAction, fallback) is not a valid card.";

    private const string LiteralWhen =
        "$when as a JSON boolean: the JS engine drops the object for a literal true and keeps it for a literal false " +
        "(any truthy non-expression counts as 'not an expression'). We take the boolean at its word.";

    private const string ObjectInText =
        "An object interpolated into text: the JS engine writes [object Object]. We write the object's JSON, which is at least readable.";

    private const string LengthOfArray =
        "length() of an array: the JS engine accepts only strings and throws. We count the items, like count().";

    private const string NegativeNumber =
        "formatNumber of a negative number: the JS engine (d3-format) writes U+2212 MINUS SIGN. We write ASCII '-', as the .NET " +
        "AdaptiveExpressions formatNumber (double.ToString(\"N\")) does, so numbers stay copyable and searchable.";

    private const string LiteralDataExpressions =
        "Expressions inside a literal $data value: the JS engine does not evaluate them and leaks its internal expression object " +
        "into the card. We expand the literal in the outer data context first.";

    public static IReadOnlyDictionary<string, DeliberateDifference> ByCase { get; } = new Dictionary<string, DeliberateDifference>(StringComparer.Ordinal)
    {
        ["19-dropped-object-on-property"] = DeliberateDifference.Output(
            DroppedProperty,
            js: """{ "type": "AdaptiveCard", "version": "1.5", "selectAction": null, "body": [], "fallback": null }""",
            ours: """{ "type": "AdaptiveCard", "version": "1.5", "body": [] }"""),
        ["32-length-of-array"] = DeliberateDifference.Error(
            LengthOfArray,
            jsError: "items is neither a string nor a null object.",
            ours: """{ "n": 3 }"""),
        ["38-format-number-negative"] = DeliberateDifference.Output(
            NegativeNumber,
            js: """{ "a": "\u22123.00", "b": "\u22121,234,567", "c": "\u22122" }""",
            ours: """{ "a": "-3.00", "b": "-1,234,567", "c": "-2" }"""),
        ["45-missing-whole-string"] = DeliberateDifference.Output(
            MissingValue,
            js: """{ "title": "T", "subtitle": "${subtitle}", "deep": "${a.b.c}", "tags": ["t", "${missingTag}", "fixed"] }""",
            ours: """{ "title": "T", "tags": ["t", "fixed"] }"""),
        ["46-missing-in-text"] = DeliberateDifference.Output(
            MissingValue,
            js: """{ "text": "Hello Ada ${last}!", "index": "Row ${$index}" }""",
            ours: """{ "text": "Hello Ada !", "index": "Row " }"""),
        ["47-missing-in-functions"] = DeliberateDifference.Output(
            MissingValue,
            js: """{ "count": 8, "join": "[${join(items, ', ')}]", "upper": "${NAME}" }""",
            ours: """{ "count": 0, "join": "[]", "upper": "" }"""),
        ["49-null-values"] = DeliberateDifference.Error(
            NullValue,
            jsError: "Cannot read properties of null (reading 'toString')",
            ours: """{ "t": "xy" }"""),
        ["54-when-literal-boolean"] = DeliberateDifference.Output(
            LiteralWhen,
            js: """{ "body": [{ "t": 2 }] }""",
            ours: """{ "body": [{ "t": 1 }] }"""),
        ["55-object-in-text"] = DeliberateDifference.Output(
            ObjectInText,
            js: """{ "t": "o=[object Object]" }""",
            ours: """{ "t": "o={\"city\":\"京都\"}" }"""),
        ["57-data-literal-with-expressions"] = DeliberateDifference.Output(
            LiteralDataExpressions,
            js: """
                { "body": [{ "t": { "evaluator": { "type": "Accessor", "returnType": 4 },
                  "children": [{ "evaluator": { "type": "Constant", "returnType": 8 }, "children": [], "singleQuotRegex": {}, "_value": "a" }] } }] }
                """,
            ours: """{ "body": [{ "t": "A" }] }"""),
    };
}
