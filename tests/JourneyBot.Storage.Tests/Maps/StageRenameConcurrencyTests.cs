using System.Collections.Concurrent;
using JourneyBot.Domain.Maps;
using JourneyBot.Storage.Maps;
using JourneyBot.Storage.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace JourneyBot.Storage.Tests.Maps;

/// <summary>Concurrent stage renames through <see cref="TableMapRepository.UpdateAsync"/> resolve through ETags without a lost update.</summary>
public sealed class StageRenameConcurrencyTests(AzuriteStorageFixture storage) : IClassFixture<AzuriteStorageFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly TableMapRepository _repository = new(
        storage.CreateTables(), TimeProvider.System, NullLogger<TableMapRepository>.Instance);

    private CancellationToken Ct { get; } = new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token;

    [Fact]
    public async Task TenWritersRenamingTenDifferentStagesAtOnce_AllTenRenamesAreStored()
    {
        var map = await CreateMapWithStagesAsync(10);
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var renames = map.Stages.Select(stage => Task.Run(
            async () =>
            {
                await start.Task;
                return await _repository.UpdateAsync(map.Scope, map.Id, m => m.RenameStage(stage.Id, $"Renamed {stage.Id}", TestMaps.Now), Ct);
            },
            Ct)).ToList();
        start.SetResult();
        await Task.WhenAll(renames).WaitAsync(Patience, Ct);
        var stored = await _repository.GetAsync(map.Scope, map.Id, Ct);

        Assert.Equal(map.Stages.Select(s => s.Id), stored!.Stages.Select(s => s.Id));
        Assert.Equal(map.Stages.Select(s => $"Renamed {s.Id}"), stored.Stages.Select(s => s.Name));
        Assert.Equal(map.Lanes, stored.Lanes);
    }

    [Fact]
    public async Task TwoWritersRenamingOneStage_WhenTheSecondCommitsBetweenTheFirstsReadAndWrite_TheFirstIsReappliedOnTopAndWins()
    {
        var map = await CreateMapWithStagesAsync(3);
        var firstHasRead = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var secondHasWritten = new ManualResetEventSlim();
        var seenByFirst = new ConcurrentQueue<string>();

        var first = Task.Run(
            () => _repository.UpdateAsync(
                map.Scope,
                map.Id,
                m =>
                {
                    seenByFirst.Enqueue(m.FindStage("s2")!.Name);
                    if (seenByFirst.Count == 1)
                    {
                        // Hold the first writer between its read and its write until the second has committed.
                        firstHasRead.SetResult();
                        Assert.True(secondHasWritten.Wait(Patience, Ct));
                    }

                    return m.RenameStage("s2", "Name from first", TestMaps.Now);
                },
                Ct),
            Ct);
        await firstHasRead.Task.WaitAsync(Patience, Ct);
        var second = await _repository.UpdateAsync(map.Scope, map.Id, m => m.RenameStage("s2", "Name from second", TestMaps.Now), Ct);
        secondHasWritten.Set();
        var result = await first.WaitAsync(Patience, Ct);

        // The first writer's stale write was refused (412); it read the second's rename and renamed on top of it.
        Assert.Equal(["consideration", "Name from second"], seenByFirst);
        Assert.Equal("Name from second", second.FindStage("s2")!.Name);
        Assert.Equal("Name from first", result.FindStage("s2")!.Name);
        Assert.Equal("Name from first", (await _repository.GetAsync(map.Scope, map.Id, Ct))!.FindStage("s2")!.Name);
    }

    [Fact]
    public async Task TwoWritersRacingToRenameOneStage_OneNameWins_AndTheWinnerRenamedOnTopOfTheOther()
    {
        for (var round = 0; round < 5; round++)
        {
            var map = await CreateMapWithStagesAsync(3);
            var original = map.FindStage("s2")!.Name;
            var seen = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

            var writers = new[] { "Left", "Right" }.Select(name => Task.Run(
                async () =>
                {
                    await start.Task;
                    return await _repository.UpdateAsync(
                        map.Scope,
                        map.Id,
                        m =>
                        {
                            // The last call is the one whose write was accepted.
                            seen[name] = m.FindStage("s2")!.Name;
                            return m.RenameStage("s2", name, TestMaps.Now);
                        },
                        Ct);
                },
                Ct)).ToList();
            start.SetResult();
            await Task.WhenAll(writers).WaitAsync(Patience, Ct);
            var winner = (await _repository.GetAsync(map.Scope, map.Id, Ct))!.FindStage("s2")!.Name;

            Assert.Contains(winner, new[] { "Left", "Right" });
            var loser = winner == "Left" ? "Right" : "Left";
            Assert.Equal(loser, seen[winner]);
            Assert.Equal(original, seen[loser]);
        }
    }

    private async Task<JourneyMap> CreateMapWithStagesAsync(int stages)
    {
        var map = TestMaps.Create(TestMaps.NewScope());
        for (var i = map.Stages.Count; i < stages; i++)
        {
            map = map.AddStage($"Extra {i + 1}", 99, TestMaps.Now);
        }

        map = map with { Stages = map.Stages.Take(stages).ToList() };
        await _repository.CreateAsync(map, Ct);
        return map;
    }
}
