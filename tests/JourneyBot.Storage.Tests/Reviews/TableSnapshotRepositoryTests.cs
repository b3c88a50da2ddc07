using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;
using JourneyBot.Domain.Reviews;
using JourneyBot.Storage.Reviews;
using JourneyBot.Storage.Tables;
using JourneyBot.Storage.Tests.Support;

namespace JourneyBot.Storage.Tests.Reviews;

public sealed class TableSnapshotRepositoryTests(AzuriteStorageFixture storage) : IClassFixture<AzuriteStorageFixture>
{
    private static readonly Person Alice = new("29:alice", "Alice");

    private readonly TableSnapshotRepository _repository = new(storage.CreateTables());

    private CancellationToken Ct { get; } = new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token;

    [Fact]
    public async Task GetLatestAsync_ReturnsTheNewestSnapshotWithItsStructureAndNotes()
    {
        var scope = TestMaps.NewScope();
        var map = TestMaps.Create(scope, id: "m1", template: MapTemplate.ServiceBlueprint);
        Assert.Null(await _repository.GetLatestAsync(scope, "m1", Ct));
        var notes = new[]
        {
            TestNotes.Create("m1", id: "a", text: "first"),
            TestNotes.Create("m1", id: "b", kind: NoteKind.Quote, text: "“多谢”"),
        };

        await _repository.AddAsync(scope, MapSnapshot.Take(map, notes.Take(1), "r1", Alice, TestMaps.Now), Ct);
        await _repository.AddAsync(scope, MapSnapshot.Take(map, notes, "r3", Alice, TestMaps.Now.AddDays(30)), Ct);
        await _repository.AddAsync(scope, MapSnapshot.Take(map, notes.Take(1), "r2", Alice, TestMaps.Now.AddDays(2)), Ct);

        var latest = (await _repository.GetLatestAsync(scope, "m1", Ct))!;
        Assert.Equal(("r3", TestMaps.Now.AddDays(30)), (latest.ReviewId, latest.TakenAt));
        Assert.Equal(map.Stages, latest.Stages);
        Assert.Equal(map.Lanes.Select(l => (l.Id, l.Name, l.Kind)), latest.Lanes.Select(l => (l.Id, l.Name, l.Kind)));
        Assert.Equal(MapSnapshot.Take(map, notes, "r3", Alice, TestMaps.Now).Notes, latest.Notes);
    }

    [Fact]
    public async Task AddAsync_ALargeMapSplitsItsNotesOverTwoColumnsAndReadsThemBack()
    {
        var scope = TestMaps.NewScope();
        var map = TestMaps.Create(scope, id: "big");
        var notes = Enumerable.Range(0, 700).Select(i => TestNotes.Create("big", id: $"n{i:D4}", text: $"note {i}")).ToList();

        await _repository.AddAsync(scope, MapSnapshot.Take(map, notes, "r1", Alice, TestMaps.Now), Ct);

        var row = await storage.RawTable(TableNames.Snapshots).GetEntityAsync<SnapshotEntity>(ReviewKeys.Partition(scope, "big"), ReviewKeys.SnapshotRow(TestMaps.Now, "r1"), cancellationToken: Ct);
        Assert.NotNull(row.Value.NotesJson2);
        Assert.Equal(700, (await _repository.GetLatestAsync(scope, "big", Ct))!.Notes.Count);
    }
}
