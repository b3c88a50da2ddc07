using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Actions;
using JourneyBot.Domain.Maps;
using JourneyBot.Storage.Actions;
using JourneyBot.Storage.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace JourneyBot.Storage.Tests.Actions;

/// <summary>The actions table on the real Azurite.</summary>
public sealed class TableActionItemRepositoryTests(AzuriteStorageFixture storage) : IClassFixture<AzuriteStorageFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly Person Owner = new("29:1owner", "Olu Owner 🙂");
    private static readonly Person Creator = new("29:1creator", "Ada Creator");

    private readonly TableActionItemRepository _repository = new(
        storage.CreateTables(), TimeProvider.System, NullLogger<TableActionItemRepository>.Instance);

    private CancellationToken Ct { get; } = new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token;

    private static ActionItem Item(string mapId = "m1", string id = "a2bc", DateOnly? due = null, string? fromNoteId = null, DateTimeOffset? createdAt = null) => new()
    {
        MapId = mapId,
        Id = id,
        Text = "Explain why a card was declined\nin the checkout 支付",
        Owner = Owner,
        Due = due,
        FromNoteId = fromNoteId,
        CreatedBy = Creator,
        CreatedAt = createdAt ?? TestMaps.Now,
        UpdatedAt = createdAt ?? TestMaps.Now,
    };

    [Fact]
    public async Task AddAsync_ThenGetAsync_RoundTripsEveryField()
    {
        var scope = TestMaps.NewScope();
        var item = Item(due: new DateOnly(2026, 12, 31), fromNoteId: "ab12")
            .WithStatus(ActionStatus.Doing, Owner, TestMaps.Now.AddMinutes(5));

        await _repository.AddAsync(scope, item, Ct);
        var stored = await _repository.GetAsync(scope, "m1", "a2bc", Ct);

        Assert.NotNull(stored);
        Assert.Equal(item with { History = [] }, stored with { History = [] });
        Assert.Equal(item.History, stored.History);
        Assert.Null(await _repository.GetAsync(scope, "m1", "zzzz", Ct));
        Assert.Null(await _repository.GetAsync(TestMaps.NewScope(), "m1", "a2bc", Ct));
    }

    [Fact]
    public async Task AddAsync_WithATakenId_Conflicts_UnlessItIsTheSameAddRepeated()
    {
        var scope = TestMaps.NewScope();
        await _repository.AddAsync(scope, Item(), Ct);

        await _repository.AddAsync(scope, Item(), Ct);
        await Assert.ThrowsAsync<ActionItemConflictException>(() => _repository.AddAsync(scope, Item() with { Text = "Other" }, Ct));
    }

    [Fact]
    public async Task ListAsync_ReturnsOnlyTheMapsItems_OldestFirst_AndWorksWithAwkwardIds()
    {
        var scope = TestMaps.NewScope();
        var awkward = AwkwardIds.All[0];
        await _repository.AddAsync(scope, Item(id: "a3", createdAt: TestMaps.Now.AddMinutes(2)), Ct);
        await _repository.AddAsync(scope, Item(id: "a1", createdAt: TestMaps.Now), Ct);
        await _repository.AddAsync(scope, Item(mapId: "m2", id: "a2"), Ct);
        await _repository.AddAsync(scope, Item(mapId: awkward, id: awkward), Ct);

        Assert.Equal(["a1", "a3"], (await _repository.ListAsync(scope, "m1", Ct)).Select(i => i.Id));
        Assert.Equal(awkward, Assert.Single(await _repository.ListAsync(scope, awkward, Ct)).Id);
        Assert.Empty(await _repository.ListAsync(TestMaps.NewScope(), "m1", Ct));
    }

    [Fact]
    public async Task UpdateAsync_OfAMissingItem_ThrowsNotFound_AndAThrowingChangeWritesNothing()
    {
        var scope = TestMaps.NewScope();
        await _repository.AddAsync(scope, Item(), Ct);

        await Assert.ThrowsAsync<ActionItemNotFoundException>(() => _repository.UpdateAsync(scope, "m1", "nope", i => i, Ct));
        await Assert.ThrowsAsync<ActionItemRuleException>(() => _repository.UpdateAsync(scope, "m1", "a2bc", _ => throw new ActionItemRuleException(ActionItemRule.NotAllowed), Ct));
        Assert.Equal(ActionStatus.Open, (await _repository.GetAsync(scope, "m1", "a2bc", Ct))!.Status);
    }

    [Fact]
    public async Task UpdateAsync_SeveralPeopleChangingTheStatusAtOnce_KeepEveryChangeInTheHistory()
    {
        const int writers = 8;
        var scope = TestMaps.NewScope();
        await _repository.AddAsync(scope, Item(), Ct);
        var people = Enumerable.Range(0, writers).Select(w => new Person($"29:w{w}", $"Writer {w}")).ToList();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Each writer flips the status to whatever it is not, so every write is a real change.
        var changes = people.Select(person => Task.Run(
            async () =>
            {
                await start.Task;
                await _repository.UpdateAsync(
                    scope,
                    "m1",
                    "a2bc",
                    i => i.WithStatus(i.Status == ActionStatus.Doing ? ActionStatus.Done : ActionStatus.Doing, person, TestMaps.Now.AddMinutes(1)),
                    Ct);
            },
            Ct)).ToList();
        start.SetResult();
        await Task.WhenAll(changes).WaitAsync(Patience, Ct);

        var stored = (await _repository.GetAsync(scope, "m1", "a2bc", Ct))!;
        Assert.Equal(writers, stored.History.Count);
        Assert.Equal(people.Select(p => p.Id).Order(StringComparer.Ordinal), stored.History.Select(h => h.By.Id).Order(StringComparer.Ordinal));
        Assert.Equal(ActionStatus.Open, stored.History[0].From);
        Assert.All(stored.History.Zip(stored.History.Skip(1)), pair => Assert.Equal(pair.First.To, pair.Second.From));
        Assert.Equal(stored.History[^1].To, stored.Status);
    }
}
