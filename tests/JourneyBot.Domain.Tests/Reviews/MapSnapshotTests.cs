using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;
using JourneyBot.Domain.Reviews;

namespace JourneyBot.Domain.Tests.Reviews;

public sealed class MapSnapshotTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly Person Alice = new("29:alice", "Alice");
    private static readonly JourneyMap Map =
        MapLayouts.Create("m1", new MapScope("t", "c"), "Map", "p", "g", MapTemplate.ServiceBlueprint, Alice, Now, key => key);

    private static Note Note(string id, string text, string stage = "s1") => new()
    {
        MapId = "m1", Id = id, Kind = NoteKind.RedFlag, StageId = stage, LaneId = "l2", Text = text, Author = Alice, CreatedAt = Now,
    };

    [Fact]
    public void A_snapshot_keeps_the_structure_and_live_notes_with_text_hashes_only()
    {
        var notes = new[] { Note("a", "slow"), Note("b", "late", "s3"), Note("c", "gone").Delete(Alice, Now) };

        var snapshot = MapSnapshot.Take(Map, notes, "r1", Alice, Now);

        Assert.Equal(Map.Stages, snapshot.Stages);
        Assert.Equal(Map.Lanes, snapshot.Lanes);
        Assert.Equal(["a", "b"], snapshot.Notes.Select(n => n.Id));
        Assert.Equal(MapSnapshot.HashText("slow"), snapshot.Notes[0].TextHash);
        Assert.Equal(16, snapshot.Notes[0].TextHash.Length);
        Assert.Equal(1, snapshot.CountsByStage["s3"]);
    }

    [Fact]
    public void Compare_finds_notes_added_edited_moved_and_removed_since_the_snapshot()
    {
        var before = new[] { Note("a", "slow"), Note("b", "late"), Note("c", "same"), Note("d", "moves") };
        var snapshot = MapSnapshot.Take(Map, before, "r1", Alice, Now);
        var after = new[]
        {
            Note("a", "slow"),
            Note("b", "late").Edit("very late", Alice, Now.AddDays(1)),
            Note("c", "same").Delete(Alice, Now.AddDays(1)),
            Note("d", "moves", "s2"),
            Note("e", "new one"),
        };

        var changes = snapshot.Compare(after);

        Assert.Equal(["e"], changes.Added);
        Assert.Equal(["b", "d"], changes.Edited);
        Assert.Equal(["c"], changes.Removed);
        Assert.Equal(4, changes.Total);
    }
}
