using JourneyBot.Storage.State;
using JourneyBot.Storage.Tables;
using JourneyBot.Storage.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace JourneyBot.Storage.Tests.State;

public sealed class TableProcessedActivityStoreTests(AzuriteStorageFixture storage) : IClassFixture<AzuriteStorageFixture>
{
    private readonly FakeTimeProvider _time = new(TestMaps.Now);
    private readonly string _conversation = "19:" + Guid.NewGuid().ToString("N") + "@thread.tacv2;messageid=1";

    private CancellationToken Ct { get; } = new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token;

    private TableProcessedActivityStore NewStore() => new(storage.CreateTables(), _time);

    [Fact]
    public async Task TryBeginAsync_NewActivity_ReturnsTrue() =>
        Assert.True(await NewStore().TryBeginAsync(_conversation, "1712345678901", Ct));

    [Fact]
    public async Task TryBeginAsync_SameActivityTwice_ReturnsFalseTheSecondTime()
    {
        var store = NewStore();
        await store.TryBeginAsync(_conversation, "a1", Ct);

        Assert.False(await store.TryBeginAsync(_conversation, "a1", Ct));
    }

    [Fact]
    public async Task TryBeginAsync_SameActivityOnAnotherInstance_ReturnsFalse()
    {
        await NewStore().TryBeginAsync(_conversation, "a1", Ct);

        Assert.False(await NewStore().TryBeginAsync(_conversation, "a1", Ct));
    }

    [Fact]
    public async Task TryBeginAsync_SameActivityIdInAnotherConversation_ReturnsTrue()
    {
        var store = NewStore();
        await store.TryBeginAsync(_conversation, "a1", Ct);

        Assert.True(await store.TryBeginAsync(_conversation + "x", "a1", Ct));
    }

    [Fact]
    public async Task TryBeginAsync_TenConcurrentClaims_ExactlyOneWins()
    {
        var store = NewStore();

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => store.TryBeginAsync(_conversation, "a1", Ct), Ct)));

        Assert.Single(results, won => won);
    }

    [Fact]
    public async Task AbandonAsync_ThenTryBeginAsync_ReturnsTrue()
    {
        var store = NewStore();
        await store.TryBeginAsync(_conversation, "a1", Ct);

        await store.AbandonAsync(_conversation, "a1", Ct);

        Assert.True(await store.TryBeginAsync(_conversation, "a1", Ct));
    }

    [Fact]
    public async Task AbandonAsync_NeverClaimed_IsFine() =>
        await NewStore().AbandonAsync(_conversation, "never", Ct);

    [Fact]
    public async Task TryBeginAsync_StoresTheClaimTimeFromTheTimeProvider()
    {
        _time.Advance(TimeSpan.FromMinutes(5));

        await NewStore().TryBeginAsync(_conversation, "a1", Ct);

        var entity = await storage.RawTable(TableNames.Activities)
            .GetEntityAsync<ProcessedActivityEntity>(TableKey.Encode(_conversation), TableKey.Encode("a1"), cancellationToken: Ct);
        Assert.Equal(TestMaps.Now.AddMinutes(5), entity.Value.BegunAt);
        Assert.Equal(_conversation, entity.Value.ConversationId);
        Assert.Equal("a1", entity.Value.ActivityId);
    }

    [Theory]
    [MemberData(nameof(AwkwardIdIndexes))]
    public async Task AwkwardIds_AsConversationAndActivity_ClaimAbandonAndClaimAgain(int index)
    {
        var id = AwkwardIds.All[index];
        var store = NewStore();

        Assert.True(await store.TryBeginAsync(id, id, Ct));
        Assert.False(await store.TryBeginAsync(id, id, Ct));
        await store.AbandonAsync(id, id, Ct);
        Assert.True(await store.TryBeginAsync(id, id, Ct));
    }

    public static TheoryData<int> AwkwardIdIndexes() => AwkwardIds.Indexes();
}
