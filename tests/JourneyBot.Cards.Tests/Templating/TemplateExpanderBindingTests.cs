using System.Text.Json.Nodes;
using JourneyBot.Cards.Templating;

namespace JourneyBot.Cards.Tests.Templating;

public class TemplateExpanderBindingTests
{
    [Fact]
    public void WholeStringExpression_KeepsTheJsonTypeOfTheValue()
    {
        // Same output as adaptivecards-templating 2.3.1.
        var card = Expand.Run(
            """{ "n": "${n}", "f": "${f}", "b": "${b}", "o": "${o}", "a": "${a}", "s": "${s}" }""",
            """{ "n": 5, "f": 1.5, "b": true, "o": { "k": 1 }, "a": [1, 2], "s": "text" }""");

        Expand.Equal("""{ "n": 5, "f": 1.5, "b": true, "o": { "k": 1 }, "a": [1, 2], "s": "text" }""", card);
    }

    [Fact]
    public void ExpressionsInsideText_AreInterpolatedAsInvariantText()
    {
        // Same output as adaptivecards-templating 2.3.1 for numbers and booleans.
        var card = Expand.Run(
            """{ "text": "n=${n} f=${f} b=${b} ${first} ${last}!" }""",
            """{ "n": 1234567, "f": 0.1, "b": false, "first": "Ada", "last": "Lovelace" }""");

        Expand.Equal("""{ "text": "n=1234567 f=0.1 b=false Ada Lovelace!" }""", card);
    }

    [Fact]
    public void LargeIntegerInText_IsPrintedExactly()
    {
        var card = Expand.Run("""{ "text": "#${id}" }""", """{ "id": 9007199254740993 }""");

        Expand.Equal("""{ "text": "#9007199254740993" }""", card);
    }

    [Fact]
    public void ObjectInText_IsWrittenAsJson()
    {
        // The JS engine writes "[object Object]"; JSON is at least readable.
        var card = Expand.Run("""{ "text": "o=${o}" }""", """{ "o": { "city": "京都" } }""");

        Expand.Equal("""{ "text": "o={\"city\":\"京都\"}" }""", card);
    }

    [Fact]
    public void DataBuiltFromClrValues_ReadsLikeParsedJson()
    {
        var id = Guid.Parse("6f1c1a52-1d7b-4a43-9a55-1f1f3a1e2b3c");
        var data = new JsonObject
        {
            ["id"] = JsonValue.Create(id),
            ["at"] = JsonValue.Create(new DateTimeOffset(2024, 3, 5, 14, 7, 9, TimeSpan.Zero)),
            ["count"] = JsonValue.Create(3m),
            ["ratio"] = JsonValue.Create(0.25f),
        };

        var card = TemplateExpander.Expand(
            JsonNode.Parse("""{ "t": "${id} ${formatDateTime(at, 'yyyy-MM-dd')} ${count + 1} ${ratio * 2}", "up": "${toUpper(id)}" }""")!,
            data);

        Expand.Equal("""{ "t": "6f1c1a52-1d7b-4a43-9a55-1f1f3a1e2b3c 2024-03-05 4 0.5", "up": "6F1C1A52-1D7B-4A43-9A55-1F1F3A1E2B3C" }""", card);
    }

    [Fact]
    public void DottedPathsIndexesAndQuotedKeys_Resolve()
    {
        // Same output as adaptivecards-templating 2.3.1.
        var card = Expand.Run(
            """{ "a": "${items[1].name}", "b": "${o['my key']}", "c": "${items[0]['name']}", "d": "${$root.items[1]['name']}" }""",
            """{ "items": [{ "name": "a" }, { "name": "b" }], "o": { "my key": "v" } }""");

        Expand.Equal("""{ "a": "b", "b": "v", "c": "a", "d": "b" }""", card);
    }

    [Fact]
    public void DataOnAnObject_BindsANewContext()
    {
        var card = Expand.Run(
            """{ "trip": { "$data": "${trip}", "title": "${name}", "owner": "${$root.user}", "self": "${$data.name}" } }""",
            """{ "user": "Ada", "trip": { "name": "Kyoto" } }""");

        Expand.Equal("""{ "trip": { "title": "Kyoto", "owner": "Ada", "self": "Kyoto" } }""", card);
    }

    [Fact]
    public void DataOnTheRoot_BindsTheWholeTemplate()
    {
        // Same output as adaptivecards-templating 2.3.1.
        var card = Expand.Run("""{ "$data": "${inner}", "t": "${v}" }""", """{ "inner": { "v": 9 } }""");

        Expand.Equal("""{ "t": 9 }""", card);
    }

    [Fact]
    public void DataArrayInAnArray_RepeatsTheObjectWithIndexAndRoot()
    {
        // Same output as adaptivecards-templating 2.3.1.
        var card = Expand.Run(
            """{ "body": [ { "type": "TextBlock", "$data": "${items}", "text": "${$index}:${name} of ${$root.title}" } ] }""",
            """{ "title": "T", "items": [{ "name": "a" }, { "name": "b" }] }""");

        Expand.Equal("""{ "body": [ { "type": "TextBlock", "text": "0:a of T" }, { "type": "TextBlock", "text": "1:b of T" } ] }""", card);
    }

    [Fact]
    public void RepeatedObjects_AreSplicedBetweenTheirSiblings()
    {
        var card = Expand.Run(
            """{ "body": [ { "t": "head" }, { "$data": "${items}", "t": "${$data}" }, { "t": "tail" } ] }""",
            """{ "items": ["a", "b"] }""");

        Expand.Equal("""{ "body": [ { "t": "head" }, { "t": "a" }, { "t": "b" }, { "t": "tail" } ] }""", card);
    }

    [Fact]
    public void IndexPlusOne_NumbersRepeatedItemsFromOne()
    {
        // Same output as adaptivecards-templating 2.3.1.
        var card = Expand.Run("""[ { "$data": "${items}", "n": "${$index + 1}" } ]""", """{ "items": ["a", "b"] }""");

        Expand.Equal("""[ { "n": 1 }, { "n": 2 } ]""", card);
    }

    [Fact]
    public void NestedRepetition_IndexIsTheInnerPositionAndRootStaysTheRoot()
    {
        // Same output as adaptivecards-templating 2.3.1.
        var card = Expand.Run(
            """{ "body": [ { "$data": "${outer}", "items": [ { "$data": "${inner}", "t": "${$index} ${v} ${$root.x}" } ] } ] }""",
            """{ "x": "X", "outer": [ { "inner": [{ "v": 1 }, { "v": 2 }] }, { "inner": [{ "v": 3 }] } ] }""");

        Expand.Equal("""{ "body": [ { "items": [ { "t": "0 1 X" }, { "t": "1 2 X" } ] }, { "items": [ { "t": "0 3 X" } ] } ] }""", card);
    }

    [Fact]
    public void IndexOutsideARepetition_IsMissing()
    {
        var card = Expand.Run("""{ "t": "[${$index}]" }""");

        Expand.Equal("""{ "t": "[]" }""", card);
    }

    [Fact]
    public void DataArrayOnAProperty_BecomesAnArrayOfCopies()
    {
        // Same output as adaptivecards-templating 2.3.1.
        var card = Expand.Run("""{ "rows": { "$data": "${items}", "t": "${name}" } }""", """{ "items": [{ "name": "a" }, { "name": "b" }] }""");

        Expand.Equal("""{ "rows": [ { "t": "a" }, { "t": "b" } ] }""", card);
    }

    [Fact]
    public void EmptyDataArray_RemovesTheObject()
    {
        // The JS engine leaves "p": null for the property; an absent property is cleaner for a card.
        var card = Expand.Run("""{ "body": [ { "$data": "${items}", "t": 1 } ], "p": { "$data": "${items}", "t": 1 } }""", """{ "items": [] }""");

        Expand.Equal("""{ "body": [] }""", card);
    }

    [Fact]
    public void LiteralDataArray_RepeatsOverItsItems()
    {
        // Same output as adaptivecards-templating 2.3.1.
        var card = Expand.Run("""{ "body": [ { "$data": [{ "n": 1 }, { "n": 2 }], "t": "${n}" } ], "o": { "$data": { "n": 7 }, "t": "${n}" } }""");

        Expand.Equal("""{ "body": [ { "t": 1 }, { "t": 2 } ], "o": { "t": 7 } }""", card);
    }

    [Fact]
    public void LiteralDataArray_IsExpandedInTheOuterContextFirst()
    {
        var card = Expand.Run("""[ { "$data": [{ "label": "${a}" }, { "label": "${b}" }], "t": "${label}" } ]""", """{ "a": "A", "b": "B" }""");

        Expand.Equal("""[ { "t": "A" }, { "t": "B" } ]""", card);
    }

    [Fact]
    public void When_IsEvaluatedPerRepeatedItem()
    {
        // Same output as adaptivecards-templating 2.3.1.
        var card = Expand.Run(
            """{ "body": [ { "$data": "${items}", "$when": "${age > 10}", "text": "${name}" } ] }""",
            """{ "items": [{ "name": "a", "age": 5 }, { "name": "b", "age": 12 }] }""");

        Expand.Equal("""{ "body": [ { "text": "b" } ] }""", card);
    }

    [Fact]
    public void WhenTrue_KeepsTheObjectAndRemovesTheKey()
    {
        var card = Expand.Run("""{ "body": [ { "$when": "${show}", "t": 1 } ] }""", """{ "show": true }""");

        Expand.Equal("""{ "body": [ { "t": 1 } ] }""", card);
    }

    [Theory]
    [InlineData("""{ "show": false }""")]
    [InlineData("""{ }""")]
    [InlineData("""{ "show": "yes" }""")]
    [InlineData("""{ "show": 1 }""")]
    public void WhenNotBooleanTrue_DropsTheObject(string data)
    {
        // adaptivecards-templating 2.3.1 also keeps an object only for a boolean true.
        var card = Expand.Run("""{ "body": [ { "$when": "${show}", "t": 1 }, { "t": 2 } ] }""", data);

        Expand.Equal("""{ "body": [ { "t": 2 } ] }""", card);
    }

    [Fact]
    public void WhenWithABrokenExpression_DropsTheObject()
    {
        var card = Expand.Run("""{ "body": [ { "$when": "${a b}", "t": 1 }, { "$when": "${nope()}", "t": 2 } ] }""");

        Expand.Equal("""{ "body": [] }""", card);
    }

    [Fact]
    public void WhenAsLiteralBoolean_MeansWhatItSays()
    {
        // Known difference: the JS engine drops an object whose $when is the literal true.
        var card = Expand.Run("""{ "body": [ { "$when": true, "t": 1 }, { "$when": false, "t": 2 } ] }""");

        Expand.Equal("""{ "body": [ { "t": 1 } ] }""", card);
    }

    [Fact]
    public void WhenFalseOnTheRoot_ExpandsToNull()
    {
        var card = Expand.Run("""{ "$when": "${false}", "t": 1 }""");

        Assert.Null(card);
    }

    [Fact]
    public void MissingPathInText_ReadsAsEmpty()
    {
        // Known difference: the JS engine keeps the literal "${last}" text in the output.
        var card = Expand.Run("""{ "text": "Hello ${first} ${last}!" }""", """{ "first": "Ada" }""");

        Expand.Equal("""{ "text": "Hello Ada !" }""", card);
    }

    [Fact]
    public void WholeStringMissingPath_DropsTheProperty()
    {
        // Known difference: the JS engine keeps the literal "${subtitle}" as the value.
        var card = Expand.Run("""{ "title": "${title}", "subtitle": "${subtitle}", "deep": "${a.b.c}" }""", """{ "title": "T", "a": { } }""");

        Expand.Equal("""{ "title": "T" }""", card);
    }

    [Fact]
    public void WholeStringMissingPathInAnArray_DropsTheItem()
    {
        var card = Expand.Run("""{ "tags": ["${a}", "${missing}", "b"] }""", """{ "a": "A" }""");

        Expand.Equal("""{ "tags": ["A", "b"] }""", card);
    }

    [Fact]
    public void NullValue_IsTreatedLikeAMissingOne()
    {
        // The JS engine keeps "v": null here and throws for the interpolated one.
        var card = Expand.Run("""{ "v": "${v}", "t": "x${v}y" }""", """{ "v": null }""");

        Expand.Equal("""{ "t": "xy" }""", card);
    }

    [Fact]
    public void NullData_ExpandsWithEverythingMissing()
    {
        var card = TemplateExpander.Expand(JsonNode.Parse("""{ "t": "[${a}]", "v": "${a}" }""")!, null);

        Expand.Equal("""{ "t": "[]" }""", card);
    }

    [Theory]
    [InlineData("${a b}")]
    [InlineData("${foo(}")]
    [InlineData("x ${1 +} y")]
    [InlineData("x ${a.} y")]
    [InlineData("${nope(1)}")]
    [InlineData("${1 / 0}")]
    [InlineData("${'a' * 2}")]
    public void MalformedOrFailingExpression_KeepsItsLiteralText(string text)
    {
        // adaptivecards-templating 2.3.1 keeps the text for evaluation errors inside text but throws
        // for parse errors and for errors in a whole-string expression; we never throw.
        var template = new JsonObject { ["t"] = text };

        var card = TemplateExpander.Expand(template, JsonNode.Parse("""{ "a": 1 }"""));

        Assert.Equal(text, card!["t"]!.GetValue<string>());
    }

    [Fact]
    public void FailingExpression_DoesNotSpoilTheRestOfTheString()
    {
        var card = Expand.Run("""{ "t": "${name} ${nope()} ${name}" }""", """{ "name": "N" }""");

        Expand.Equal("""{ "t": "N ${nope()} N" }""", card);
    }

    [Theory]
    [InlineData("${}", "${}")]
    [InlineData("x ${} y", "x ${} y")]
    [InlineData("${a", "${a")]
    [InlineData("$ {a}", "$ {a}")]
    [InlineData("${ ${name} }", "${ N }")]
    [InlineData("${name}}", "N}")]
    [InlineData("}${name}", "}N")]
    [InlineData("${'}'}", "}")]
    [InlineData("50$ and ${name}", "50$ and N")]
    [InlineData("\\${name}", "${name}")]
    [InlineData("${name}${name}", "NN")]
    [InlineData("${ name }", "N")]
    public void DollarBraceEdgeCases_SplitLikeTheJsEngine(string text, string expected)
    {
        // Every row checked against adaptivecards-templating 2.3.1.
        var template = new JsonObject { ["t"] = text };

        var card = TemplateExpander.Expand(template, JsonNode.Parse("""{ "name": "N" }"""));

        Assert.Equal(expected, card!["t"]!.GetValue<string>());
    }

    [Fact]
    public void TextWithoutExpressions_IsCopiedVerbatim()
    {
        var card = Expand.Run("""{ "t": "C:\\path\\$x {y}", "n": 1.50, "b": false, "z": null, "a": [] }""");

        Expand.Equal("""{ "t": "C:\\path\\$x {y}", "n": 1.50, "b": false, "z": null, "a": [] }""", card);
    }

    [Fact]
    public void UserTextContainingExpressions_IsNotEvaluated()
    {
        // Same output as adaptivecards-templating 2.3.1: data is never expanded.
        var card = Expand.Run(
            """{ "t": "${msg}", "u": "hi ${msg}", "o": "${obj}" }""",
            """{ "msg": "${secret}", "secret": "LEAK", "obj": { "$when": "${false}", "$data": "${secret}", "x": "${secret}" } }""");

        Expand.Equal("""{ "t": "${secret}", "u": "hi ${secret}", "o": { "$when": "${false}", "$data": "${secret}", "x": "${secret}" } }""", card);
    }

    [Fact]
    public void UserTextThatBecomesADataContext_IsNotEvaluated()
    {
        var card = Expand.Run("""[ { "$data": "${items}", "t": "${$data}" } ]""", """{ "items": ["${$root.secret}", "ok"], "secret": "LEAK" }""");

        Expand.Equal("""[ { "t": "${$root.secret}" }, { "t": "ok" } ]""", card);
    }

    [Fact]
    public void CjkAndEmojiText_PassThroughUnchanged()
    {
        // Same output as adaptivecards-templating 2.3.1.
        var card = Expand.Run("""{ "t": "你好 ${name} 🎉", "k": "${name}", "len": "${length(name)}" }""", """{ "name": "世界🌍" }""");

        Assert.Equal("你好 世界🌍 🎉", card!["t"]!.GetValue<string>());
        Assert.Equal("世界🌍", card["k"]!.GetValue<string>());
        Assert.Equal(4, card["len"]!.GetValue<long>());
    }

    [Fact]
    public void ReservedKeys_NeverReachTheCard()
    {
        var card = Expand.Run("""{ "$root": 1, "$index": 2, "$host": 3, "$_acTemplateVersion": 4, "keep": 5 }""");

        Expand.Equal("""{ "keep": 5 }""", card);
    }

    [Fact]
    public void PropertyNames_AreNotExpanded()
    {
        // Same output as adaptivecards-templating 2.3.1.
        var card = Expand.Run("""{ "${k}": "v" }""", """{ "k": "key" }""");

        Expand.Equal("""{ "${k}": "v" }""", card);
    }

    [Fact]
    public void Output_SharesNoNodesWithTemplateOrData()
    {
        var template = JsonNode.Parse("""{ "o": "${o}", "lit": { "x": 1 } }""")!;
        var data = JsonNode.Parse("""{ "o": { "k": 1 } }""")!;

        var card = TemplateExpander.Expand(template, data)!;
        card["o"]!["k"] = 2;
        card["lit"]!["x"] = 2;

        Expand.Equal("""{ "o": { "k": 1 } }""", data);
        Expand.Equal("""{ "o": "${o}", "lit": { "x": 1 } }""", template);
    }
}
