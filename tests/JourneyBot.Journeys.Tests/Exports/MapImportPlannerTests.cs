using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;
using JourneyBot.Journeys.Exports;

namespace JourneyBot.Journeys.Tests.Exports;

public sealed class MapImportPlannerTests
{
    private static readonly MapScope Scope = new("tenant-1", "msteams:conversation:a:planner");
    private static readonly Person Carol = new("29:carol", "Carol");

    /// <summary>Part of the loan application map of the shared sample data, written by hand: names only, no ids.</summary>
    private const string HandWritten = """
        {
          "format": "journeybot-map",
          "version": 1,
          "map": {
            "name": "小微企业贷款申请",
            "template": "customerJourney",
            "persona": "经营小餐馆的个体户",
            "stages": [ { "name": "了解产品" }, { "name": "提交申请", "id": "s1" }, { "name": "审批" } ],
            "lanes": [ { "name": "客户", "kind": "customer" }, { "name": "客户经理", "kind": "frontstage" }, { "name": "风控", "kind": "backstage" } ]
          },
          "notes": [
            { "kind": "painPoint", "stageName": "提交申请", "laneName": "客户", "text": "要上传的材料清单很长，还要跑两次银行",
              "author": { "id": "29:alice", "name": "Alice Chen" }, "createdAt": "2026-11-01T08:00:00Z" },
            { "kind": "handoff", "stageName": "审批", "laneName": "客户经理", "toLaneName": "风控", "text": "客户经理把材料转给风控",
              "author": { "id": "29:alice", "name": "Alice Chen" }, "createdAt": "2026-11-01T08:05:00Z" },
            { "kind": "emotion", "score": -1, "stageName": "审批", "laneName": "客户", "text": "等了十天没有消息",
              "author": { "id": "29:bob", "name": "Bob" }, "createdAt": "2026-11-01T08:10:00Z", "id": "n-7" }
          ]
        }
        """;

    [Fact]
    public void A_hand_written_document_without_ids_gets_fresh_ids_and_notes_find_places_by_name()
    {
        var plan = Check(HandWritten).Plan!;

        Assert.Equal(["s2", "s1", "s3"], plan.Map.Stages.Select(s => s.Id));
        Assert.Equal(["l1", "l2", "l3"], plan.Map.Lanes.Select(l => l.Id));
        var handoff = plan.Notes.Single(n => n.Kind == NoteKind.Handoff);
        Assert.Equal(("s3", "l2", "l3"), (handoff.StageId, handoff.LaneId, handoff.ToLaneId));
        Assert.Equal("s1", plan.Notes.Single(n => n.Kind == NoteKind.PainPoint).StageId);
        Assert.Equal("n-7", plan.Notes.Single(n => n.Kind == NoteKind.Emotion).Id);
        Assert.All(plan.Notes.Where(n => n.Kind != NoteKind.Emotion), n => Assert.Equal(4, n.Id.Length));
        Assert.Equal(string.Empty, plan.Map.Goal);
    }

    [Fact]
    public void The_importer_creates_the_copy_and_the_original_creator_and_facilitators_keep_their_say()
    {
        var document = MapJsonExporter.Export(ExportSamples.Map(Scope), ExportSamples.Notes(), ExportSamples.Start);

        var byCarol = MapImportPlanner.Check(document, Scope, Carol, ExportSamples.Start.AddDays(1)).Plan!.Map;
        var byBob = MapImportPlanner.Check(document, Scope, ExportSamples.Bob, ExportSamples.Start.AddDays(1)).Plan!.Map;

        Assert.Equal((Carol, ExportSamples.Start.AddDays(1)), (byCarol.CreatedBy, byCarol.CreatedAt));
        Assert.Equal([ExportSamples.Bob, ExportSamples.Alice], byCarol.Facilitators);
        Assert.Equal([ExportSamples.Alice], byBob.Facilitators);
    }

    [Fact]
    public void An_export_checks_out_with_every_live_note_and_every_field()
    {
        var notes = ExportSamples.Notes();
        var document = MapJsonExporter.Export(ExportSamples.Map(Scope), notes, ExportSamples.Start);

        var plan = MapImportPlanner.Check(document, Scope, ExportSamples.Alice, ExportSamples.Start.AddDays(1)).Plan!;

        Assert.Equal(notes.Where(n => !n.IsDeleted).Select(n => n with { MapId = "import" }), plan.Notes, new NoteEquality());
    }

    [Fact]
    public void Problems_are_listed_with_their_paths_and_counted_beyond_the_first_ten()
    {
        var notes = string.Join(",", Enumerable.Range(0, 15).Select(_ => """{ "kind": "rumour" }"""));

        var check = Check($$"""{ "format": "journeybot-map", "version": 1, "map": { "name": "", "template": "x", "stages": [], "lanes": [] }, "notes": [{{notes}}] }""");

        Assert.Null(check.Plan);
        Assert.Equal(MapImportPlanner.MaxListedProblems, check.Problems.Count);
        Assert.Equal(["map.template", "map.name"], check.Problems.Take(2).Select(p => p.Path));
        Assert.True(check.ProblemCount > 15 * 4, $"{check.ProblemCount} problems");
    }

    private static ImportCheck Check(string json)
    {
        Assert.True(ExportJson.TryRead(json, out var document, out var path, out _), path);
        return MapImportPlanner.Check(document, Scope, Carol, ExportSamples.Start.AddDays(1));
    }

    /// <summary>Notes compared field by field, history included (records compare lists by reference).</summary>
    private sealed class NoteEquality : IEqualityComparer<Note>
    {
        public bool Equals(Note? x, Note? y) =>
            x is not null && y is not null && (x with { History = [] }) == (y with { History = [] }) && x.History.SequenceEqual(y.History);

        public int GetHashCode(Note obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
