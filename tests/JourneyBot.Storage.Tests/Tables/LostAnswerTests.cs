using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using JourneyBot.BotKit.State;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Maps;
using JourneyBot.Storage.Maps;
using JourneyBot.Storage.Notes;
using JourneyBot.Storage.State;
using JourneyBot.Storage.Tables;
using JourneyBot.Storage.Tests.Support;
using JourneyBot.TestSupport.Azurite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace JourneyBot.Storage.Tests.Tables;

/// <summary>
/// A write is stored but its answer is lost on the way back, so the Table client sends it again and meets its own
/// row (409 or 412). Each store must recognise its own write: not drop the message, not report a conflict, not
/// apply a change twice. And storage that cannot be reached is reported as <see cref="StorageUnavailableException"/>.
/// </summary>
public sealed class LostAnswerTests(AzuriteStorageFixture storage) : IClassFixture<AzuriteStorageFixture>
{
    private CancellationToken Ct { get; } = new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token;

    [Fact]
    public async Task A_claim_whose_answer_was_lost_is_still_ours_and_a_real_re_delivery_is_not()
    {
        var losing = new LoseAnswers(TableNames.Activities);
        var store = new TableProcessedActivityStore(Tables(losing), TimeProvider.System);

        Assert.True(await store.TryBeginAsync("19:c", "lost-1", Ct));
        Assert.Equal(1, losing.Lost);
        Assert.False(await store.TryBeginAsync("19:c", "lost-1", Ct));
    }

    [Fact]
    public async Task Dialog_state_whose_answer_was_lost_is_saved_without_a_conflict()
    {
        var losing = new LoseAnswers(TableNames.DialogState, count: 2);
        var store = new TableTurnStateStore(Tables(losing), TimeProvider.System);
        var key = new StateKey("19:c", "29:" + Guid.NewGuid().ToString("N"));

        var created = await store.WriteAsync(key, "{\"v\":1}", null, Ct);
        var updated = await store.WriteAsync(key, "{\"v\":2}", created, Ct);

        Assert.Equal(2, losing.Lost);
        Assert.Equal(new StoredState("{\"v\":2}", updated), await store.ReadAsync(key, Ct));
        await Assert.ThrowsAsync<StateConflictException>(() => store.WriteAsync(key, "{\"v\":3}", created, Ct));
    }

    [Fact]
    public async Task A_map_change_whose_answer_was_lost_is_applied_once()
    {
        var scope = TestMaps.NewScope();
        var map = TestMaps.Create(scope);
        var maps = new TableMapRepository(Tables(), TimeProvider.System, NullLogger<TableMapRepository>.Instance);
        await maps.CreateAsync(map, Ct);
        var losing = new LoseAnswers(TableNames.Maps);
        var lossy = new TableMapRepository(Tables(losing), TimeProvider.System, NullLogger<TableMapRepository>.Instance);

        // Applied twice, adding the same lane again would break the map's rules (a duplicate lane).
        var changed = await lossy.UpdateAsync(scope, map.Id, m => m.AddLane("Partners", LaneKind.Stakeholder, m.Lanes.Count, TestMaps.Now, null), Ct);

        Assert.Equal(1, losing.Lost);
        Assert.Single(changed.Lanes, l => l.Name == "Partners");
        Assert.Single((await maps.GetAsync(scope, map.Id, Ct))!.Lanes, l => l.Name == "Partners");
    }

    [Fact]
    public async Task A_note_edit_whose_answer_was_lost_is_in_the_history_once()
    {
        var scope = TestMaps.NewScope();
        var notes = new TableNoteRepository(Tables(), TimeProvider.System, Options.Create(new TableStorageOptions()), NullLogger<TableNoteRepository>.Instance);
        await notes.AddAsync(scope, TestNotes.Create("m1", text: "first"), Ct);
        var losing = new LoseAnswers(TableNames.Notes);
        var lossy = new TableNoteRepository(Tables(losing), TimeProvider.System, Options.Create(new TableStorageOptions()), NullLogger<TableNoteRepository>.Instance);

        await lossy.UpdateAsync(scope, "m1", "n1", n => n.Edit("second", TestNotes.Ada, TestMaps.Now.AddMinutes(1)), Ct);

        Assert.Equal(1, losing.Lost);
        var stored = (await notes.GetAsync(scope, "m1", "n1", Ct))!;
        Assert.Equal("second", stored.Text);
        Assert.Single(stored.History);
    }

    [Fact]
    public async Task Storage_nobody_answers_on_is_reported_as_unavailable()
    {
        var options = new TableStorageOptions { ConnectionString = AzuriteServer.ConnectionStringFor(AzuriteInstance.FreePort()), TablePrefix = storage.TablePrefix, MaxRetries = 1 };
        var tables = new StorageTables(TableServiceClientFactory.Create(options, null), Options.Create(options), NullLogger<StorageTables>.Instance);
        var store = new TableProcessedActivityStore(tables, TimeProvider.System);

        var failure = await Assert.ThrowsAsync<StorageUnavailableException>(() => store.TryBeginAsync("19:c", "a1", Ct));

        Assert.Equal(storage.TablePrefix + TableNames.Activities, failure.Table);
    }

    [Fact]
    public void Retry_and_time_out_options_reach_the_table_client()
    {
        var options = new TableStorageOptions { MaxRetries = 4, RetryDelay = TimeSpan.FromMilliseconds(50), MaxRetryDelay = TimeSpan.FromSeconds(2), NetworkTimeout = TimeSpan.FromSeconds(7) };

        var retry = TableServiceClientFactory.ClientOptions(options).Retry;

        Assert.Equal((4, TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(7)), (retry.MaxRetries, retry.Delay, retry.MaxDelay, retry.NetworkTimeout));
    }

    private StorageTables Tables(LoseAnswers? losing = null)
    {
        var clientOptions = new TableClientOptions();
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(10);
        if (losing is not null)
        {
            clientOptions.AddPolicy(losing, HttpPipelinePosition.PerRetry);
        }

        return new StorageTables(
            new TableServiceClient(storage.ConnectionString, clientOptions),
            Options.Create(new TableStorageOptions { ConnectionString = storage.ConnectionString, TablePrefix = storage.TablePrefix }),
            NullLogger<StorageTables>.Instance);
    }

    /// <summary>Lets the first <c>count</c> writes to a table reach the server, then throws their answers away.</summary>
    private sealed class LoseAnswers(string table, int count = 1) : HttpPipelinePolicy
    {
        private int _lost;
        private int _seen;

        public int Lost => Volatile.Read(ref _lost);

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            ProcessNext(message, pipeline);
            LoseIfDue(message);
        }

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            await ProcessNextAsync(message, pipeline);
            LoseIfDue(message);
        }

        private void LoseIfDue(HttpMessage message)
        {
            var isWrite = message.Request.Method != RequestMethod.Get && message.Request.Method != RequestMethod.Head;
            var path = message.Request.Uri.Path;
            var ours = path.EndsWith(table, StringComparison.Ordinal) || path.Contains(table + "(", StringComparison.Ordinal);
            if (isWrite && ours && message.Response.Status is >= 200 and < 300 && Interlocked.Increment(ref _seen) <= count)
            {
                Interlocked.Increment(ref _lost);
                throw new IOException("The answer was lost on the way back (test).");
            }
        }
    }
}
