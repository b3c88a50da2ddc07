using JourneyBot.BotKit.State;
using JourneyBot.Storage.State;
using JourneyBot.Storage.Tables;
using JourneyBot.Storage.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace JourneyBot.Storage.Tests.State;

public sealed class TableTurnStateStoreTests(AzuriteStorageFixture storage) : IClassFixture<AzuriteStorageFixture>
{
    private readonly TableTurnStateStore _store = new(storage.CreateTables(), new FakeTimeProvider(TestMaps.Now));

    private CancellationToken Ct { get; } = new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token;

    private static StateKey NewKey() => new("19:" + Guid.NewGuid().ToString("N") + "@thread.tacv2", "29:1user");

    [Fact]
    public async Task ReadAsync_NothingStored_ReturnsNull() =>
        Assert.Null(await _store.ReadAsync(NewKey(), Ct));

    [Fact]
    public async Task WriteAsync_WithoutETag_InsertsAndReturnsTheETagReadBack()
    {
        var key = NewKey();

        var etag = await _store.WriteAsync(key, """{"stack":["welcome"]}""", null, Ct);
        var stored = await _store.ReadAsync(key, Ct);

        Assert.False(string.IsNullOrEmpty(etag));
        Assert.Equal(new StoredState("""{"stack":["welcome"]}""", etag), stored);
    }

    [Fact]
    public async Task WriteAsync_WithoutETag_WhenStateExists_ThrowsStateConflictException()
    {
        var key = NewKey();
        await _store.WriteAsync(key, "{\"v\":1}", null, Ct);

        await Assert.ThrowsAsync<StateConflictException>(() => _store.WriteAsync(key, "{\"v\":2}", null, Ct));

        Assert.Equal("{\"v\":1}", (await _store.ReadAsync(key, Ct))!.Json);
    }

    [Fact]
    public async Task WriteAsync_WithCurrentETag_ReplacesAndReturnsANewETag()
    {
        var key = NewKey();
        var first = await _store.WriteAsync(key, "{\"v\":1}", null, Ct);

        var second = await _store.WriteAsync(key, "{\"v\":2}", first, Ct);

        Assert.NotEqual(first, second);
        Assert.Equal(new StoredState("{\"v\":2}", second), await _store.ReadAsync(key, Ct));
    }

    [Fact]
    public async Task WriteAsync_WithStaleETag_ThrowsStateConflictExceptionAndKeepsTheNewerState()
    {
        var key = NewKey();
        var stale = await _store.WriteAsync(key, "{\"v\":1}", null, Ct);
        await _store.WriteAsync(key, "{\"v\":2}", stale, Ct);

        await Assert.ThrowsAsync<StateConflictException>(() => _store.WriteAsync(key, "{\"v\":3}", stale, Ct));

        Assert.Equal("{\"v\":2}", (await _store.ReadAsync(key, Ct))!.Json);
    }

    [Fact]
    public async Task WriteAsync_WithETag_AfterAnotherTurnDeletedTheState_ThrowsStateConflictException()
    {
        var key = NewKey();
        var etag = await _store.WriteAsync(key, "{}", null, Ct);
        await _store.DeleteAsync(key, null, Ct);

        await Assert.ThrowsAsync<StateConflictException>(() => _store.WriteAsync(key, "{\"v\":2}", etag, Ct));

        Assert.Null(await _store.ReadAsync(key, Ct));
    }

    [Fact]
    public async Task WriteAsync_JsonNearTheLimitWithEmojiAtTheSplit_RoundTrips()
    {
        var key = NewKey();
        var filler = new string('a', TextColumns.MaxChunkLength - 3);
        var json = "\"" + filler + "😀" + new string('b', TableTurnStateStore.MaxJsonLength - filler.Length - 4) + "\"";
        Assert.Equal(TableTurnStateStore.MaxJsonLength, json.Length);

        var etag = await _store.WriteAsync(key, json, null, Ct);

        Assert.Equal(new StoredState(json, etag), await _store.ReadAsync(key, Ct));
    }

    [Fact]
    public async Task WriteAsync_JsonOverTheLimit_FailsClearlyAndWritesNothing()
    {
        var key = NewKey();
        var json = "\"" + new string('a', TableTurnStateStore.MaxJsonLength) + "\"";

        var error = await Assert.ThrowsAsync<ArgumentException>(() => _store.WriteAsync(key, json, null, Ct));

        Assert.Contains("60000", error.Message, StringComparison.Ordinal);
        Assert.Null(await _store.ReadAsync(key, Ct));
    }

    [Fact]
    public async Task WriteAsync_ShorterJsonAfterLongJson_DropsTheOldContinuation()
    {
        var key = NewKey();
        var etag = await _store.WriteAsync(key, "\"" + new string('a', 45_000) + "\"", null, Ct);

        var newer = await _store.WriteAsync(key, "{}", etag, Ct);

        Assert.Equal(new StoredState("{}", newer), await _store.ReadAsync(key, Ct));
    }

    [Fact]
    public async Task WriteAsync_StoresWhenItWasSaved()
    {
        var key = NewKey();

        await _store.WriteAsync(key, "{}", null, Ct);

        var entity = await storage.RawTable(TableNames.DialogState)
            .GetEntityAsync<TurnStateEntity>(TableKey.Encode(key.Scope), TableKey.Encode(key.User), cancellationToken: Ct);
        Assert.Equal(TestMaps.Now, entity.Value.SavedAt);
        Assert.Equal(key.Scope, entity.Value.Scope);
        Assert.Equal(key.User, entity.Value.User);
    }

    [Fact]
    public async Task TwoUsersInOneScope_HaveSeparateState()
    {
        var ada = NewKey() with { User = "29:ada" };
        var bob = ada with { User = "29:bob" };

        await _store.WriteAsync(ada, "{\"who\":\"ada\"}", null, Ct);
        await _store.WriteAsync(bob, "{\"who\":\"bob\"}", null, Ct);

        Assert.Equal("{\"who\":\"ada\"}", (await _store.ReadAsync(ada, Ct))!.Json);
        Assert.Equal("{\"who\":\"bob\"}", (await _store.ReadAsync(bob, Ct))!.Json);
    }

    [Fact]
    public async Task DeleteAsync_WithCurrentETag_Deletes()
    {
        var key = NewKey();
        var etag = await _store.WriteAsync(key, "{}", null, Ct);

        await _store.DeleteAsync(key, etag, Ct);

        Assert.Null(await _store.ReadAsync(key, Ct));
    }

    [Fact]
    public async Task DeleteAsync_WithStaleETag_ThrowsStateConflictExceptionAndKeepsTheState()
    {
        var key = NewKey();
        var stale = await _store.WriteAsync(key, "{\"v\":1}", null, Ct);
        await _store.WriteAsync(key, "{\"v\":2}", stale, Ct);

        await Assert.ThrowsAsync<StateConflictException>(() => _store.DeleteAsync(key, stale, Ct));

        Assert.Equal("{\"v\":2}", (await _store.ReadAsync(key, Ct))!.Json);
    }

    [Fact]
    public async Task DeleteAsync_WithoutETag_DeletesAnyVersion()
    {
        var key = NewKey();
        var etag = await _store.WriteAsync(key, "{\"v\":1}", null, Ct);
        await _store.WriteAsync(key, "{\"v\":2}", etag, Ct);

        await _store.DeleteAsync(key, null, Ct);

        Assert.Null(await _store.ReadAsync(key, Ct));
    }

    [Fact]
    public async Task DeleteAsync_NothingStored_IsFine()
    {
        await _store.DeleteAsync(NewKey(), null, Ct);
        await _store.DeleteAsync(NewKey(), "W/\"datetime'2026-03-02T09%3A30%3A00Z'\"", Ct);
    }

    [Theory]
    [MemberData(nameof(AwkwardIdIndexes))]
    public async Task AwkwardIds_AsScopeAndUser_RoundTrip(int index)
    {
        var id = AwkwardIds.All[index];
        var key = new StateKey(id, id + "#user");

        var first = await _store.WriteAsync(key, "{\"step\":1}", null, Ct);
        var second = await _store.WriteAsync(key, "{\"step\":2}", first, Ct);

        Assert.Equal(new StoredState("{\"step\":2}", second), await _store.ReadAsync(key, Ct));
        await _store.DeleteAsync(key, second, Ct);
        Assert.Null(await _store.ReadAsync(key, Ct));
    }

    public static TheoryData<int> AwkwardIdIndexes() => AwkwardIds.Indexes();
}
