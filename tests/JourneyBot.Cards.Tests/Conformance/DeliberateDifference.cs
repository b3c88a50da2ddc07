using System.Text.Json.Nodes;

namespace JourneyBot.Cards.Tests.Conformance;

/// <summary>
/// A corpus case where our engine knowingly differs from adaptivecards-templating: why, what the JS
/// engine produces (an output, or the message of the error it throws) and what we produce. Both sides
/// are asserted exactly, so a change on either side shows up.
/// </summary>
internal sealed record DeliberateDifference(string Reason, string? JsOutput, string? JsError, string OurOutput)
{
    public static DeliberateDifference Output(string reason, string js, string ours) => new(reason, js, null, ours);

    public static DeliberateDifference Error(string reason, string jsError, string ours) => new(reason, null, jsError, ours);

    public JsonNode? ExpectedJs => JsOutput is null ? null : JsonNode.Parse(JsOutput);

    public JsonNode? ExpectedOurs => JsonNode.Parse(OurOutput);
}
