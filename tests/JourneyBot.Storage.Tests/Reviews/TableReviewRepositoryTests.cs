using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Reviews;
using JourneyBot.Storage.Reviews;
using JourneyBot.Storage.Tests.Support;

namespace JourneyBot.Storage.Tests.Reviews;

/// <summary>Reviews on the real Azurite: one open review per map, concurrent confirmations and closes.</summary>
public sealed class TableReviewRepositoryTests(AzuriteStorageFixture storage) : IClassFixture<AzuriteStorageFixture>
{
    private static readonly Person Alice = new("29:alice", "Alice");
    private static readonly Person Bob = new("29:bob", "Bob");

    private readonly TableReviewRepository _repository = new(storage.CreateTables());

    private CancellationToken Ct { get; } = new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token;

    [Fact]
    public async Task StartAsync_WhenAReviewIsOpen_JoinsItInsteadOfOpeningASecond()
    {
        var scope = TestMaps.NewScope();

        var (first, started) = await _repository.StartAsync(scope, Review.Start("m1", "r1", Alice, TestMaps.Now), Ct);
        var (second, startedAgain) = await _repository.StartAsync(scope, Review.Start("m1", "r2", Bob, TestMaps.Now.AddMinutes(1)), Ct);

        Assert.True(started);
        Assert.False(startedAgain);
        Assert.Equal(("r1", Alice), (second.Id, second.StartedBy));
        Assert.Equal("r1", (await _repository.GetOpenAsync(scope, "m1", Ct))!.Id);
        Assert.Null(await _repository.GetOpenAsync(scope, "other-map", Ct));
    }

    [Fact]
    public async Task StartAsync_TenPeopleAtOnce_OpenExactlyOneReviewAndTheOthersJoinIt()
    {
        var scope = TestMaps.NewScope();

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(
            () => _repository.StartAsync(scope, Review.Start("m1", $"r{i}", new Person($"29:p{i}", $"P{i}"), TestMaps.Now), Ct), Ct)));

        var winner = Assert.Single(results, r => r.Started).Review.Id;
        Assert.All(results, r => Assert.Equal(winner, r.Review.Id));
    }

    [Fact]
    public async Task ConfirmAsync_ManyPeopleConfirmingTheSameNotesAtOnce_LoseNothing()
    {
        var scope = TestMaps.NewScope();
        await _repository.StartAsync(scope, Review.Start("m1", "r1", Alice, TestMaps.Now), Ct);
        var people = Enumerable.Range(0, 8).Select(i => new Person($"29:p{i}", $"Person {i}")).ToList();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var writers = people.Select(person => Task.Run(
            async () =>
            {
                await start.Task;
                for (var n = 0; n < 10; n++)
                {
                    await _repository.ConfirmAsync(scope, "m1", "r1", new ReviewConfirmation($"n{n}", person, (ReviewVerdict)(n % 3), TestMaps.Now.AddSeconds(n)), Ct);
                }
            },
            Ct)).ToList();
        start.SetResult();
        await Task.WhenAll(writers);

        var review = (await _repository.GetOpenAsync(scope, "m1", Ct))!;
        Assert.Equal(80, review.Confirmations.Count);
        Assert.All(Enumerable.Range(0, 10), n => Assert.Equal(8, review.On($"n{n}").Count));
    }

    [Fact]
    public async Task ConfirmAsync_AgainBySamePerson_ReplacesTheirVerdictOnly()
    {
        var scope = TestMaps.NewScope();
        await _repository.StartAsync(scope, Review.Start("m1", "r1", Alice, TestMaps.Now), Ct);

        await _repository.ConfirmAsync(scope, "m1", "r1", new("n|1", Alice, ReviewVerdict.Keep, TestMaps.Now), Ct);
        await _repository.ConfirmAsync(scope, "m1", "r1", new("n|1", Bob, ReviewVerdict.Keep, TestMaps.Now.AddSeconds(1)), Ct);
        await _repository.ConfirmAsync(scope, "m1", "r1", new("n|1", Alice, ReviewVerdict.Remove, TestMaps.Now.AddSeconds(2)), Ct);

        var review = (await _repository.GetOpenAsync(scope, "m1", Ct))!;
        Assert.Equal([(Bob, ReviewVerdict.Keep), (Alice, ReviewVerdict.Remove)], review.On("n|1").Select(c => (c.By, c.Verdict)));
    }

    [Fact]
    public async Task CloseAsync_TwoFacilitatorsAtOnce_OnlyOneClosesAndConfirmingAfterwardsIsRefused()
    {
        var scope = TestMaps.NewScope();
        await _repository.StartAsync(scope, Review.Start("m1", "r1", Alice, TestMaps.Now), Ct);
        await _repository.ConfirmAsync(scope, "m1", "r1", new("n1", Bob, ReviewVerdict.Keep, TestMaps.Now), Ct);

        var closes = await Task.WhenAll(new[] { Alice, Bob }.Select(p => Task.Run(
            async () =>
            {
                try
                {
                    return await _repository.CloseAsync(scope, "m1", "r1", p, TestMaps.Now.AddHours(1), Ct);
                }
                catch (ReviewClosedException)
                {
                    return null;
                }
            },
            Ct)));

        var closed = Assert.Single(closes, c => c is not null)!;
        Assert.Equal(ReviewStatus.Closed, closed.Status);
        Assert.Single(closed.Confirmations);
        Assert.Null(await _repository.GetOpenAsync(scope, "m1", Ct));
        await Assert.ThrowsAsync<ReviewClosedException>(() => _repository.ConfirmAsync(scope, "m1", "r1", new("n2", Bob, ReviewVerdict.Keep, TestMaps.Now), Ct));

        var (next, started) = await _repository.StartAsync(scope, Review.Start("m1", "r2", Bob, TestMaps.Now.AddDays(1)), Ct);
        Assert.True(started);
        Assert.Empty(next.Confirmations);
    }
}
