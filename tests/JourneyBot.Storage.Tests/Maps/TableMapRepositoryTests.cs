using Azure;
using Azure.Data.Tables;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Maps;
using JourneyBot.Storage.Maps;
using JourneyBot.Storage.Tables;
using JourneyBot.Storage.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace JourneyBot.Storage.Tests.Maps;

public sealed class TableMapRepositoryTests(AzuriteStorageFixture storage) : IClassFixture<AzuriteStorageFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly TableMapRepository _repository = new(
        storage.CreateTables(), TimeProvider.System, NullLogger<TableMapRepository>.Instance);

    private CancellationToken Ct { get; } = new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token;

    [Fact]
    public async Task CreateAsync_ThenGetAsync_ReturnsEveryField()
    {
        var scope = TestMaps.NewScope();
        var map = TestMaps.Create(scope, template: MapTemplate.ServiceBlueprint, createdAt: new DateTimeOffset(2026, 3, 2, 11, 0, 0, TimeSpan.FromHours(2)));

        await _repository.CreateAsync(map, Ct);
        var stored = await _repository.GetAsync(scope, map.Id, Ct);

        Assert.NotNull(stored);
        AssertSameMap(map, stored);
    }

    [Fact]
    public async Task CreateAsync_MapWithLaneOwnersAndFacilitators_ReadsThemBack()
    {
        var scope = TestMaps.NewScope();
        var map = TestMaps.Create(scope, template: MapTemplate.ServiceBlueprint)
            .SetLaneOwner("l2", new Person("29:owner", "Olu Owner 👩‍💼"), TestMaps.Now)
            .SetLaneOwner("l4", new Person("29:backstage", "فاطمة"), TestMaps.Now)
            .AddFacilitator(new Person("29:co1", "Chen 陈"), TestMaps.Now)
            .AddFacilitator(new Person("29:co2", "Dana"), TestMaps.Now);

        await _repository.CreateAsync(map, Ct);
        var stored = await _repository.GetAsync(scope, map.Id, Ct);

        AssertSameMap(map, stored!);
        Assert.Equal(new Person("29:owner", "Olu Owner 👩‍💼"), stored!.FindLane("l2")!.Owner);
        Assert.Null(stored.FindLane("l1")!.Owner);
        Assert.Equal(["29:co1", "29:co2"], stored.Facilitators.Select(f => f.Id));
        Assert.True(stored.IsFacilitator("29:co2"));
    }

    [Fact]
    public async Task UpdateAsync_SetAndClearLaneOwner_AddFacilitator_AreStored()
    {
        var map = TestMaps.Create(TestMaps.NewScope(), template: MapTemplate.ServiceBlueprint);
        await _repository.CreateAsync(map, Ct);

        await _repository.UpdateAsync(
            map.Scope,
            map.Id,
            m => m.SetLaneOwner("l3", new Person("29:o", "Owner"), TestMaps.Now).AddFacilitator(new Person("29:f", "Fac"), TestMaps.Now),
            Ct);
        var withOwner = await _repository.GetAsync(map.Scope, map.Id, Ct);
        await _repository.UpdateAsync(map.Scope, map.Id, m => m.SetLaneOwner("l3", null, TestMaps.Now), Ct);
        var cleared = await _repository.GetAsync(map.Scope, map.Id, Ct);

        Assert.Equal(new Person("29:o", "Owner"), withOwner!.FindLane("l3")!.Owner);
        Assert.Null(cleared!.FindLane("l3")!.Owner);
        Assert.Equal([new Person("29:f", "Fac")], cleared.Facilitators);
    }

    [Fact]
    public async Task GetAsync_RowWrittenBeforeLaneOwnersAndFacilitators_LoadsWithNoneAndCanBeUpdated()
    {
        var scope = TestMaps.NewScope();
        var old = new TableEntity(MapKeys.Partition(scope), MapKeys.MapRow("old"))
        {
            ["MapId"] = "old",
            ["TenantId"] = scope.TenantId,
            ["Container"] = scope.Container,
            ["Name"] = "Written last year",
            ["Persona"] = "Anyone",
            ["Goal"] = "Nothing lost",
            ["Template"] = "ServiceBlueprint",
            ["StagesJson"] = """[{"id":"s1","name":"Use"}]""",
            ["LanesJson"] = """[{"id":"l1","name":"Customer","kind":"Customer"},{"id":"l2","name":"Frontstage","kind":"Frontstage"}]""",
            ["CreatedById"] = "29:1creator",
            ["CreatedByName"] = "Ada Creator",
            ["CreatedAt"] = TestMaps.Now,
            ["UpdatedAt"] = TestMaps.Now,
        };
        await storage.CreateTables().RunAsync(TableNames.Maps, (table, ct) => table.AddEntityAsync(old, ct), Ct);

        var loaded = await _repository.GetAsync(scope, "old", Ct);
        var updated = await _repository.UpdateAsync(
            scope, "old", m => m.SetLaneOwner("l2", new Person("29:o", "Owner"), TestMaps.Now).AddFacilitator(new Person("29:f", "Fac"), TestMaps.Now), Ct);

        Assert.NotNull(loaded);
        Assert.Equal([new Lane("l1", "Customer", LaneKind.Customer), new Lane("l2", "Frontstage", LaneKind.Frontstage)], loaded.Lanes);
        Assert.Empty(loaded.Facilitators);
        Assert.Equal("Written last year", loaded.Name);
        Assert.Equal(new Stage("s1", "Use"), Assert.Single(loaded.Stages));
        AssertSameMap(updated, (await _repository.GetAsync(scope, "old", Ct))!);
    }

    [Fact]
    public async Task CreateAsync_LaneWithoutOwner_WritesNoOwnerProperty()
    {
        var map = TestMaps.Create(TestMaps.NewScope());
        await _repository.CreateAsync(map, Ct);

        var raw = await RawMapAsync(map);

        Assert.DoesNotContain("owner", raw.LanesJson, StringComparison.Ordinal);
        Assert.Equal("[]", raw.FacilitatorsJson);
    }

    [Fact]
    public async Task UpdateAsync_MarkReviewed_StoresWhenAndWho()
    {
        var map = TestMaps.Create(TestMaps.NewScope());
        await _repository.CreateAsync(map, Ct);
        var at = new DateTimeOffset(2026, 11, 23, 10, 30, 0, TimeSpan.FromHours(8));

        await _repository.UpdateAsync(map.Scope, map.Id, m => m.MarkReviewed(new Person("29:ana", "安娜"), at), Ct);

        var stored = await _repository.GetAsync(map.Scope, map.Id, Ct);
        Assert.Equal((at, new Person("29:ana", "安娜")), (stored!.LastReviewedAt!.Value, stored.LastReviewedBy!));
        Assert.Null(map.LastReviewedAt);
    }

    [Fact]
    public async Task GetAsync_UnknownMap_ReturnsNull() =>
        Assert.Null(await _repository.GetAsync(TestMaps.NewScope(), "nope", Ct));

    [Fact]
    public async Task GetAsync_MapOfAnotherScope_ReturnsNull()
    {
        var map = TestMaps.Create(TestMaps.NewScope());
        await _repository.CreateAsync(map, Ct);

        Assert.Null(await _repository.GetAsync(map.Scope with { Container = "other" }, map.Id, Ct));
    }

    [Fact]
    public async Task CreateAsync_TakenId_ThrowsMapConflictException()
    {
        var map = TestMaps.Create(TestMaps.NewScope());
        await _repository.CreateAsync(map, Ct);

        var conflict = await Assert.ThrowsAsync<MapConflictException>(
            () => _repository.CreateAsync(map with { Name = "Second" }, Ct));

        Assert.Equal(map.Id, conflict.MapId);
        Assert.Equal("Onboarding", (await _repository.GetAsync(map.Scope, map.Id, Ct))!.Name);
    }

    [Fact]
    public async Task ListAsync_ReturnsTheScopesMapsOldestFirst_WithoutSelectionsOrOtherScopes()
    {
        var scope = TestMaps.NewScope();
        var newer = TestMaps.Create(scope, id: "a-newer", name: "Newer", createdAt: TestMaps.Now.AddHours(1));
        var older = TestMaps.Create(scope, id: "z-older", name: "Older", createdAt: TestMaps.Now);
        await _repository.CreateAsync(newer, Ct);
        await _repository.CreateAsync(older, Ct);
        await _repository.CreateAsync(TestMaps.Create(scope with { Container = scope.Container + "x" }), Ct);
        await _repository.SetSelectedMapIdAsync(scope, "29:someone", newer.Id, Ct);

        var maps = await _repository.ListAsync(scope, Ct);

        Assert.Equal(["z-older", "a-newer"], maps.Select(m => m.Id));
    }

    [Fact]
    public async Task ListAsync_ScopeWithoutMaps_ReturnsEmpty() =>
        Assert.Empty(await _repository.ListAsync(TestMaps.NewScope(), Ct));

    [Fact]
    public async Task UpdateAsync_Change_IsStoredAndReturned()
    {
        var map = TestMaps.Create(TestMaps.NewScope());
        await _repository.CreateAsync(map, Ct);

        var updated = await _repository.UpdateAsync(map.Scope, map.Id, m => m.AddStage("Renewal", 99, TestMaps.Now.AddDays(1)), Ct);
        var stored = await _repository.GetAsync(map.Scope, map.Id, Ct);

        Assert.Equal("Renewal", updated.Stages[^1].Name);
        AssertSameMap(updated, stored!);
        Assert.Equal(TestMaps.Now.AddDays(1), stored!.UpdatedAt);
    }

    [Fact]
    public async Task UpdateAsync_UnknownMap_ThrowsMapNotFoundException()
    {
        var notFound = await Assert.ThrowsAsync<MapNotFoundException>(
            () => _repository.UpdateAsync(TestMaps.NewScope(), "missing", m => m, Ct));

        Assert.Equal("missing", notFound.MapId);
    }

    [Fact]
    public async Task UpdateAsync_ChangeThrows_PropagatesAndWritesNothing()
    {
        var map = TestMaps.Create(TestMaps.NewScope());
        await _repository.CreateAsync(map, Ct);
        var before = await RawMapAsync(map);

        var broken = await Assert.ThrowsAsync<MapRuleException>(
            () => _repository.UpdateAsync(map.Scope, map.Id, m => m.AddStage(m.Stages[0].Name, 1, TestMaps.Now), Ct));

        Assert.Equal(MapRule.DuplicateStage, broken.Rule);
        var after = await RawMapAsync(map);
        Assert.Equal(before.ETag, after.ETag);
        Assert.Equal(before.StagesJson, after.StagesJson);
    }

    [Fact]
    public async Task UpdateAsync_ChangeReturningAnotherMap_IsRefusedAndWritesNothing()
    {
        var map = TestMaps.Create(TestMaps.NewScope());
        await _repository.CreateAsync(map, Ct);
        var before = await RawMapAsync(map);

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => _repository.UpdateAsync(map.Scope, map.Id, m => m with { Id = "other" }, Ct));

        Assert.Equal(before.ETag, (await RawMapAsync(map)).ETag);
        Assert.Null(await _repository.GetAsync(map.Scope, "other", Ct));
    }

    [Fact]
    public async Task UpdateAsync_AnotherWriterCommitsBetweenReadAndWrite_ReappliesSoNoUpdateIsLost()
    {
        var map = TestMaps.Create(TestMaps.NewScope(), template: MapTemplate.Blank);
        await _repository.CreateAsync(map, Ct);
        var firstHasRead = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var secondHasWritten = new ManualResetEventSlim();
        var firstCalls = 0;

        var first = Task.Run(
            () => _repository.UpdateAsync(
                map.Scope,
                map.Id,
                m =>
                {
                    if (Interlocked.Increment(ref firstCalls) == 1)
                    {
                        // Hold the first writer between its read and its write until the second has committed.
                        firstHasRead.SetResult();
                        Assert.True(secondHasWritten.Wait(Patience, Ct));
                    }

                    return m.AddStage("From first", 99, TestMaps.Now);
                },
                Ct),
            Ct);
        await firstHasRead.Task.WaitAsync(Patience, Ct);
        await _repository.UpdateAsync(map.Scope, map.Id, m => m.AddStage("From second", 99, TestMaps.Now), Ct);
        secondHasWritten.Set();
        var result = await first.WaitAsync(Patience, Ct);

        Assert.Equal(2, firstCalls);
        Assert.Equal(["From second", "From first"], result.Stages.Select(s => s.Name));
        var stored = await _repository.GetAsync(map.Scope, map.Id, Ct);
        Assert.Equal(["From second", "From first"], stored!.Stages.Select(s => s.Name));
    }

    [Fact]
    public async Task UpdateAsync_TwentyConcurrentAddStages_KeepsAllTwenty()
    {
        var map = TestMaps.Create(TestMaps.NewScope(), template: MapTemplate.Blank);
        await _repository.CreateAsync(map, Ct);

        await Task.WhenAll(Enumerable.Range(1, 20).Select(i => Task.Run(
            () => _repository.UpdateAsync(map.Scope, map.Id, m => m.AddStage($"Stage {i}", 99, TestMaps.Now), Ct),
            Ct)));

        var stored = await _repository.GetAsync(map.Scope, map.Id, Ct);
        Assert.Equal(
            Enumerable.Range(1, 20).Select(i => $"Stage {i}").Order(StringComparer.Ordinal),
            stored!.Stages.Select(s => s.Name).Order(StringComparer.Ordinal));
        Assert.Equal(20, stored.Stages.Select(s => s.Id).Distinct().Count());
    }

    [Fact]
    public async Task UpdateAsync_ConflictOnEveryAttempt_ThrowsMapConflictExceptionAfterBoundedAttempts()
    {
        var map = TestMaps.Create(TestMaps.NewScope());
        await _repository.CreateAsync(map, Ct);
        var raw = storage.RawTable(TableNames.Maps);
        var partition = MapKeys.Partition(map.Scope);
        var row = MapKeys.MapRow(map.Id);
        var calls = 0;

        var conflict = await Assert.ThrowsAsync<MapConflictException>(() => _repository.UpdateAsync(
            map.Scope,
            map.Id,
            m =>
            {
                calls++;

                // Another writer touches the row after every read (the callback is synchronous, so is this write).
                raw.UpdateEntity(new TableEntity(partition, row) { ["Touched"] = calls }, ETag.All, TableUpdateMode.Merge, Ct);
                return m with { Name = "Mine" };
            },
            Ct));

        Assert.Equal(TableMapRepository.MaxUpdateAttempts, calls);
        Assert.Equal(map.Id, conflict.MapId);
        Assert.IsType<RequestFailedException>(conflict.InnerException);
        Assert.Equal("Onboarding", (await _repository.GetAsync(map.Scope, map.Id, Ct))!.Name);
    }

    [Fact]
    public async Task GetSelectedMapIdAsync_NothingSelected_ReturnsNull() =>
        Assert.Null(await _repository.GetSelectedMapIdAsync(TestMaps.NewScope(), "29:nobody", Ct));

    [Fact]
    public async Task SetSelectedMapIdAsync_Twice_KeepsTheLatestPerUserAndScope()
    {
        var scope = TestMaps.NewScope();
        var otherScope = scope with { Container = scope.Container + "x" };

        await _repository.SetSelectedMapIdAsync(scope, "29:ada", "m1", Ct);
        await _repository.SetSelectedMapIdAsync(scope, "29:ada", "m2", Ct);
        await _repository.SetSelectedMapIdAsync(scope, "29:bob", "m3", Ct);
        await _repository.SetSelectedMapIdAsync(otherScope, "29:ada", "m4", Ct);

        Assert.Equal("m2", await _repository.GetSelectedMapIdAsync(scope, "29:ada", Ct));
        Assert.Equal("m3", await _repository.GetSelectedMapIdAsync(scope, "29:bob", Ct));
        Assert.Equal("m4", await _repository.GetSelectedMapIdAsync(otherScope, "29:ada", Ct));
    }

    [Fact]
    public async Task Scopes_WhoseIdsConcatenateAlike_StayApart()
    {
        var left = new MapScope("t|a", "b");
        var right = new MapScope("t", "a|b");
        await _repository.CreateAsync(TestMaps.Create(left, id: "m"), Ct);

        Assert.Null(await _repository.GetAsync(right, "m", Ct));
        Assert.Empty(await _repository.ListAsync(right, Ct));
    }

    [Theory]
    [MemberData(nameof(AwkwardIdIndexes))]
    public async Task AwkwardIds_InScopeMapAndUser_RoundTrip(int index)
    {
        var id = AwkwardIds.All[index];
        var scope = new MapScope(id, id + "/container");
        var map = TestMaps.Create(scope, id: id);

        await _repository.CreateAsync(map, Ct);
        await _repository.UpdateAsync(scope, id, m => m.AddStage("Extra", 1, TestMaps.Now), Ct);
        await _repository.SetSelectedMapIdAsync(scope, id, id, Ct);

        var stored = await _repository.GetAsync(scope, id, Ct);
        Assert.NotNull(stored);
        Assert.Equal(id, stored.Id);
        Assert.Equal(scope, stored.Scope);
        Assert.Equal("Extra", stored.Stages[0].Name);
        Assert.Equal(id, Assert.Single(await _repository.ListAsync(scope, Ct)).Id);
        Assert.Equal(id, await _repository.GetSelectedMapIdAsync(scope, id, Ct));
    }

    public static TheoryData<int> AwkwardIdIndexes() => AwkwardIds.Indexes();

    private async Task<MapEntity> RawMapAsync(JourneyMap map) =>
        (await storage.RawTable(TableNames.Maps).GetEntityAsync<MapEntity>(MapKeys.Partition(map.Scope), MapKeys.MapRow(map.Id), cancellationToken: Ct)).Value;

    private static void AssertSameMap(JourneyMap expected, JourneyMap actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Scope, actual.Scope);
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.Persona, actual.Persona);
        Assert.Equal(expected.Goal, actual.Goal);
        Assert.Equal(expected.Template, actual.Template);
        Assert.Equal(expected.Stages, actual.Stages);
        Assert.Equal(expected.Lanes, actual.Lanes);
        Assert.Equal(expected.Facilitators, actual.Facilitators);
        Assert.Equal(expected.CreatedBy, actual.CreatedBy);
        Assert.Equal(expected.CreatedAt, actual.CreatedAt);
        Assert.Equal(expected.UpdatedAt, actual.UpdatedAt);
    }
}
