using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;
using JourneyBot.TestSupport.Maps;

namespace JourneyBot.Journeys.Tests.Support;

public sealed class SampleMapsTests
{
    private static readonly MapScope Scope = new("t", "msteams:conversation:samples");

    [Fact]
    public void Every_sample_becomes_a_consistent_map_with_its_notes()
    {
        Assert.Equal(["Equipment repair request", "Restaurant dinner", "小微企业贷款申请"], SampleMaps.Names);
        for (var i = 0; i < SampleMaps.Names.Count; i++)
        {
            var (map, notes) = SampleMaps.Get(i, Scope, "m");

            Assert.NotEmpty(notes);
            Assert.All(notes, n => Assert.NotNull(map.FindStage(n.StageId)));
            Assert.All(notes, n => Assert.NotNull(map.FindLane(n.LaneId)));
            Assert.All(notes.Where(n => n.Kind == NoteKind.Handoff), n => Assert.NotEqual(n.LaneId, n.ToLaneId));
            Assert.Single(map.Lanes, l => l.Kind == LaneKind.Customer);
        }
    }

    [Fact]
    public void The_repair_blueprint_keeps_its_fields()
    {
        var (map, notes) = SampleMaps.Get(0, Scope, "m");

        var handoff = notes.Single(n => n.Kind == NoteKind.Handoff);
        Assert.Equal(("Call centre", "Dispatch"), (map.FindLane(handoff.LaneId)!.Name, map.FindLane(handoff.ToLaneId!)!.Name));
        Assert.Equal((EvidenceSource.Csat, true), (notes.Single(n => n.Kind == NoteKind.Evidence).Source, notes.Single(n => n.Kind == NoteKind.Evidence).Validated));
        Assert.Equal(MapTemplate.ServiceBlueprint, map.Template);
    }

    [Fact]
    public void A_grown_map_has_the_asked_number_of_distinct_notes_in_time_order()
    {
        var (_, notes) = SampleMaps.Grown(2, 10_000, Scope, "m");

        Assert.Equal(10_000, notes.Count);
        Assert.Equal(10_000, notes.Select(n => n.Id).Distinct().Count());
        Assert.True(notes.Zip(notes.Skip(1)).All(p => p.First.CreatedAt < p.Second.CreatedAt));
        Assert.Equal(SampleMaps.Created, notes[0].CreatedAt);
    }
}
