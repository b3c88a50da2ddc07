using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;
using JourneyBot.Journeys.Exports;

namespace JourneyBot.Journeys.Tests.Exports;

/// <summary>The identifiers are part of the documented CSV and JSON formats: renaming an enum member must fail here.</summary>
public sealed class ExportVocabularyTests
{
    [Fact]
    public void The_identifiers_of_the_format_are_pinned()
    {
        Assert.Equal(
            ["action", "touchpoint", "painPoint", "emotion", "greenFlag", "redFlag", "quote", "opportunity", "handoff", "evidence"],
            ExportVocabulary.Names<NoteKind>());
        Assert.Equal(["customer", "physicalEvidence", "frontstage", "backstage", "support", "stakeholder"], ExportVocabulary.Names<LaneKind>());
        Assert.Equal(["customerJourney", "sprintServiceMap", "serviceBlueprint", "blank"], ExportVocabulary.Names<MapTemplate>());
        Assert.Equal(["interview", "survey", "analytics", "nps", "csat", "other"], ExportVocabulary.Names<EvidenceSource>());
    }

    [Theory]
    [InlineData("RedFlag")]
    [InlineData("redflag")]
    [InlineData("5")]
    [InlineData("redFlag, greenFlag")]
    [InlineData(" redFlag")]
    [InlineData("")]
    public void Parsing_is_exact(string text)
    {
        Assert.False(ExportVocabulary.TryParse<NoteKind>(text, out _));
    }
}
