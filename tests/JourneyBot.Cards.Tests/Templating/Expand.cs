using System.Text.Json.Nodes;
using JourneyBot.Cards.Templating;

namespace JourneyBot.Cards.Tests.Templating;

/// <summary>Runs <see cref="TemplateExpander"/> on JSON text and compares results as normalized JSON.</summary>
internal static class Expand
{
    public static JsonNode? Run(string template, string data = "{}") =>
        TemplateExpander.Expand(JsonNode.Parse(template)!, JsonNode.Parse(data));

    public static void Equal(string expectedJson, JsonNode? actual) =>
        Assert.Equal(JsonNode.Parse(expectedJson)?.ToJsonString() ?? "null", actual?.ToJsonString() ?? "null");
}
