using System.Text.Json.Nodes;
using JourneyBot.Cards.Templating;

namespace JourneyBot.Cards.Tests.Templating;

public class GuardRailTests
{
    [Fact]
    public void DeeplyNestedTemplate_IsRejectedWithALimitError()
    {
        JsonNode template = new JsonObject { ["t"] = "leaf" };
        for (var i = 0; i < 500; i++)
        {
            template = new JsonObject { ["child"] = template };
        }

        Assert.Throws<TemplateLimitExceededException>(() => TemplateExpander.Expand(template, null));
    }

    [Fact]
    public void TemplateAtNormalDepth_Expands()
    {
        JsonNode template = new JsonObject { ["t"] = "${v}" };
        for (var i = 0; i < 30; i++)
        {
            template = new JsonArray(new JsonObject { ["items"] = template });
        }

        Assert.NotNull(TemplateExpander.Expand(template, JsonNode.Parse("""{ "v": 1 }""")));
    }

    [Fact]
    public void HugeDataArray_StopsTheRepetitionWithALimitError()
    {
        var data = new JsonObject { ["items"] = new JsonArray([.. Enumerable.Range(0, 100_000).Select(i => (JsonNode)i)]) };
        var template = JsonNode.Parse("""{ "body": [ { "$data": "${items}", "t": "${$data}" } ] }""")!;

        Assert.Throws<TemplateLimitExceededException>(() => TemplateExpander.Expand(template, data));
    }

    [Fact]
    public void HugeDataArrayFilteredOutByWhen_StillHitsTheLimit()
    {
        var data = new JsonObject { ["items"] = new JsonArray([.. Enumerable.Range(0, 100_000).Select(i => (JsonNode)i)]) };
        var template = JsonNode.Parse("""{ "body": [ { "$data": "${items}", "$when": "${false}", "t": 1 } ] }""")!;

        Assert.Throws<TemplateLimitExceededException>(() => TemplateExpander.Expand(template, data));
    }

    [Fact]
    public void LongDataListFilteredByWhen_IsNotChargedForTheBoundData()
    {
        // 5,000 items of 300 characters: more text than the budget, but only one item is output.
        var items = Enumerable.Range(0, 5_000).Select(i => (JsonNode)new JsonObject { ["id"] = i, ["note"] = new string('n', 300) });
        var data = new JsonObject { ["items"] = new JsonArray([.. items]) };
        var template = JsonNode.Parse("""[ { "$data": "${items}", "$when": "${id == 4999}", "t": "${note}" } ]""")!;

        var card = TemplateExpander.Expand(template, data);

        Assert.Single(card!.AsArray());
    }

    [Fact]
    public void NestedRepetitionThatMultiplies_HitsTheLimit()
    {
        var row = new JsonArray([.. Enumerable.Range(0, 200).Select(i => (JsonNode)i)]);
        var data = new JsonObject { ["rows"] = new JsonArray([.. Enumerable.Range(0, 200).Select(_ => (JsonNode)row.DeepClone())]) };
        var template = JsonNode.Parse("""[ { "$data": "${rows}", "cells": [ { "$data": "${$data}", "v": "${$data}" } ] } ]""")!;

        Assert.Throws<TemplateLimitExceededException>(() => TemplateExpander.Expand(template, data));
    }

    [Fact]
    public void LongTextRepeatedManyTimes_HitsTheTextLimit()
    {
        var data = new JsonObject
        {
            ["text"] = new string('x', 100_000),
            ["items"] = new JsonArray([.. Enumerable.Range(0, 20).Select(i => (JsonNode)i)]),
        };
        var template = JsonNode.Parse("""[ { "$data": "${items}", "t": "${$root.text}!" } ]""")!;

        Assert.Throws<TemplateLimitExceededException>(() => TemplateExpander.Expand(template, data));
    }

    [Fact]
    public void DeeplyNestedExpression_IsKeptLiterallyWithoutOverflowingTheStack()
    {
        var text = "${" + new string('(', 5_000) + "1" + new string(')', 5_000) + "}";

        var card = TemplateExpander.Expand(new JsonObject { ["t"] = text }, null);

        Assert.Equal(text, card!["t"]!.GetValue<string>());
    }

    [Fact]
    public void VeryLongExpression_IsKeptLiterally()
    {
        var text = "${" + string.Join(" + ", Enumerable.Repeat("1", 5_000)) + "}";

        var card = TemplateExpander.Expand(new JsonObject { ["t"] = text }, null);

        Assert.Equal(text, card!["t"]!.GetValue<string>());
    }
}
