using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using JourneyBot.Cards.Templating;

namespace JourneyBot.Cards.Tests.Conformance;

/// <summary>
/// Every corpus case expanded by <see cref="TemplateExpander"/> and by the official JavaScript engine
/// (adaptivecards-templating, pinned in package-lock.json) must give equal JSON, except the cases in
/// <see cref="DeliberateDifferences"/>, where both outputs are pinned.
/// </summary>
public sealed class TemplateConformanceTests(ReferenceEngineFixture reference) : IClassFixture<ReferenceEngineFixture>
{
    private const int MinimumCorpusSize = 45;

    private static readonly JsonSerializerOptions _readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static TheoryData<string> SameAsJsCases => [.. ConformanceCase.AllNames().Where(name => !DeliberateDifferences.ByCase.ContainsKey(name))];

    public static TheoryData<string> DeliberateDifferenceCases => [.. DeliberateDifferences.ByCase.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(SameAsJsCases))]
    public void CorpusCase_ExpandsToTheSameJsonAsTheJsEngine(string caseName)
    {
        var testCase = ConformanceCase.Load(caseName);
        var js = reference.ResultFor(caseName);

        Assert.True(js.Error is null, $"The JS engine threw for {caseName}: {js.Error}. List the case in DeliberateDifferences or change it.");
        AssertJsonEqual(js.Output, Ours(testCase), $"{caseName} ({testCase.Description})");
    }

    [Theory]
    [MemberData(nameof(DeliberateDifferenceCases))]
    public void DeliberateDifference_BothEnginesStillGiveTheListedOutputs(string caseName)
    {
        var difference = DeliberateDifferences.ByCase[caseName];
        var testCase = ConformanceCase.Load(caseName);
        var js = reference.ResultFor(caseName);
        var ours = Ours(testCase);

        if (difference.JsError is not null)
        {
            Assert.Equal(difference.JsError, js.Error);
        }
        else
        {
            Assert.True(js.Error is null, $"The JS engine threw for {caseName}: {js.Error}.");
            AssertJsonEqual(difference.ExpectedJs, js.Output, $"{caseName}, JS engine");
        }

        AssertJsonEqual(difference.ExpectedOurs, ours, $"{caseName}, our engine");
        Assert.False(difference.JsError is null && JsonNode.DeepEquals(js.Output, ours), $"{caseName} no longer differs: remove it from DeliberateDifferences.");
    }

    [Fact]
    public void ReferenceEngine_IsThePinnedVersion()
    {
        reference.EnsureAvailable();

        Assert.Equal(ReferenceEngineFixture.ExpectedEngineVersion, reference.EngineVersion);
    }

    [Fact]
    public void Corpus_HasEnoughCases_AndEveryListedDifferenceIsOne()
    {
        var names = ConformanceCase.AllNames();

        Assert.True(names.Count >= MinimumCorpusSize, $"The corpus has {names.Count} cases; at least {MinimumCorpusSize} are wanted.");
        Assert.All(DeliberateDifferences.ByCase.Keys, name => Assert.Contains(name, names));
    }

    private static JsonNode? Ours(ConformanceCase testCase) => TemplateExpander.Expand(testCase.Template, testCase.Data);

    private static void AssertJsonEqual(JsonNode? expected, JsonNode? actual, string what)
    {
        // Re-parse our output so both sides are plain parsed JSON (numbers compared as JSON, not CLR types).
        var normalized = actual is null ? null : JsonNode.Parse(actual.ToJsonString());
        if (!JsonNode.DeepEquals(expected, normalized))
        {
            Assert.Fail($"{what}:{Environment.NewLine}  expected {Show(expected)}{Environment.NewLine}  actual   {Show(normalized)}");
        }
    }

    private static string Show(JsonNode? node) => node?.ToJsonString(_readable) ?? "null";
}
