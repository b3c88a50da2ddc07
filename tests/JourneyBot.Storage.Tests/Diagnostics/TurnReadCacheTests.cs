using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Maps;
using JourneyBot.Storage.Diagnostics;
using JourneyBot.Storage.Tables;
using JourneyBot.Storage.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Storage.Tests.Diagnostics;

// A turn reads its map in several places; inside a turn's read memo the map row is read from storage once,
// a write of the turn makes the next read go to storage (and see the change), and without a memo every read goes.
public sealed class TurnReadCacheTests(AzuriteStorageFixture storage) : IClassFixture<AzuriteStorageFixture>
{
    private CancellationToken Ct { get; } = new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token;

    [Fact]
    public async Task Inside_a_turn_the_map_row_is_read_once_and_again_after_the_turn_changes_it()
    {
        await using var provider = storage.BuildProvider();
        var (counter, maps) = (provider.GetRequiredService<TableTransactionCounter>(), provider.GetRequiredService<IMapRepository>());
        var scope = TestMaps.NewScope();
        var map = TestMaps.Create(scope);
        await maps.CreateAsync(map, Ct);

        using var turn = counter.BeginTurn();
        using (TurnReadCache.Begin())
        {
            Assert.Equal("Onboarding", (await maps.GetAsync(scope, map.Id, Ct))!.Name);
            Assert.Equal("Onboarding", (await maps.GetAsync(scope, map.Id, Ct))!.Name);
            Assert.Null(await maps.GetAsync(scope, "missing", Ct));
            Assert.Null(await maps.GetAsync(scope, "missing", Ct));
            Assert.Equal(2, turn.Of(TableOperationKind.Get));

            await maps.UpdateAsync(scope, map.Id, m => m.Rename("Renamed", TestMaps.Now), Ct);     // read + replace
            Assert.Equal("Renamed", (await maps.GetAsync(scope, map.Id, Ct))!.Name);              // read again
            await maps.UpdateAsync(scope, map.Id, m => m.Delete(new Person("29:x", "X"), TestMaps.Now), Ct);
            Assert.Null(await maps.GetAsync(scope, map.Id, Ct));                                  // deleted: gone
            Assert.Equal(6, turn.Of(TableOperationKind.Get));
        }

        // The memo is closed: every read goes to storage again.
        await maps.GetAsync(scope, map.Id, Ct);
        await maps.GetAsync(scope, map.Id, Ct);
        Assert.Equal(8, turn.Of(TableOperationKind.Get));
    }

    [Fact]
    public async Task A_memo_belongs_to_its_own_flow_only()
    {
        await using var provider = storage.BuildProvider();
        var maps = provider.GetRequiredService<IMapRepository>();
        var scope = TestMaps.NewScope();
        var map = TestMaps.Create(scope);
        await maps.CreateAsync(map, Ct);
        var read = new TaskCompletionSource();
        var renamed = new TaskCompletionSource();

        // One turn reads the map; another flow renames it; the first turn keeps its snapshot, a third flow sees the change.
        var first = Task.Run(async () =>
        {
            using (TurnReadCache.Begin())
            {
                var before = await maps.GetAsync(scope, map.Id, Ct);
                read.SetResult();
                await renamed.Task;
                return (before!.Name, (await maps.GetAsync(scope, map.Id, Ct))!.Name);
            }
        });
        await read.Task;
        await Task.Run(async () => await maps.UpdateAsync(scope, map.Id, m => m.Rename("Renamed", TestMaps.Now), Ct));
        renamed.SetResult();

        Assert.Equal(("Onboarding", "Onboarding"), await first);
        Assert.Equal("Renamed", (await maps.GetAsync(scope, map.Id, Ct))!.Name);
        Assert.Null(TurnReadCache.Current);
    }
}
