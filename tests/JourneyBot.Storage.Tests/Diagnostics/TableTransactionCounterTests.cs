using System.Diagnostics.Metrics;
using Azure.Core;
using Azure.Data.Tables;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Storage.Diagnostics;
using JourneyBot.Storage.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Storage.Tests.Diagnostics;

// Every request the storage layer sends to the table service is one transaction; these check the exact
// count of a known sequence of repository calls against Azurite, where they go, and which turn they belong to.
public sealed class TableTransactionCounterTests(AzuriteStorageFixture storage) : IClassFixture<AzuriteStorageFixture>
{
    private CancellationToken Ct { get; } = new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token;

    [Fact]
    public async Task A_known_sequence_of_note_calls_in_a_turn_counts_one_transaction_per_request()
    {
        await using var provider = storage.BuildProvider();
        var counter = provider.GetRequiredService<TableTransactionCounter>();
        var notes = provider.GetRequiredService<INoteRepository>();
        var scope = TestMaps.NewScope();
        var before = counter.Snapshot();

        int inTurn;
        using (var turn = counter.BeginTurn())
        {
            await notes.AddAsync(scope, TestNotes.Create("m1", "n1"), Ct);     // create the table once + insert
            await notes.AddAsync(scope, TestNotes.Create("m1", "n2"), Ct);     // insert
            await notes.GetAsync(scope, "m1", "n1", Ct);                       // point read
            await notes.GetAsync(scope, "m1", "missing", Ct);                  // point read (404 is billed too)
            await notes.ListAsync(scope, "m1", includeDeleted: true, Ct);      // one query page
            await notes.UpdateAsync(scope, "m1", "n2", n => n with { Text = "Changed" }, Ct); // read + replace
            inTurn = turn.Total;
            Assert.Equal(2, turn.Of(TableOperationKind.Insert));
            Assert.Equal(3, turn.Of(TableOperationKind.Get));
            Assert.Equal(1, turn.Of(TableOperationKind.Query));
            Assert.Equal(1, turn.Of(TableOperationKind.Update));
            Assert.Equal(1, turn.Of(TableOperationKind.Table));
        }

        var counted = counter.Snapshot().Since(before);
        Assert.Equal(8, inTurn);
        Assert.Equal(1, counted.Turns);
        Assert.Equal(8, counted.InTurn);
        Assert.Equal(0, counted.Background);
        var notesTable = storage.TablePrefix + "notes";
        Assert.Equal(
            [
                new TableTransactionTally("Tables", "table", 1, 0),
                new TableTransactionTally(notesTable, "get", 3, 0),
                new TableTransactionTally(notesTable, "insert", 2, 0),
                new TableTransactionTally(notesTable, "query", 1, 0),
                new TableTransactionTally(notesTable, "update", 1, 0),
            ],
            counted.Tallies);
    }

    [Fact]
    public async Task A_batch_counts_once_and_deletes_and_upserts_are_told_apart()
    {
        await using var provider = storage.BuildProvider();
        var counter = provider.GetRequiredService<TableTransactionCounter>();
        var table = provider.GetRequiredService<TableServiceClient>().GetTableClient(storage.TablePrefix + "raw");
        var before = counter.Snapshot();

        using (counter.BeginTurn())
        {
            await table.CreateIfNotExistsAsync(Ct);
            await table.SubmitTransactionAsync(
                Enumerable.Range(0, 50).Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", $"r{i}"))),
                Ct);
            await table.UpsertEntityAsync(new TableEntity("p", "r0") { ["Text"] = "x" }, TableUpdateMode.Merge, Ct);
            await table.DeleteEntityAsync("p", "r1", cancellationToken: Ct);
            await foreach (var page in table.QueryAsync<TableEntity>("PartitionKey eq 'p'", maxPerPage: 20, cancellationToken: Ct).AsPages())
            {
                Assert.NotEmpty(page.Values);
            }
        }

        var counted = counter.Snapshot().Since(before);
        Assert.Equal(1, counted.Of(TableOperationKind.Table));
        Assert.Equal(1, counted.Of(TableOperationKind.Batch));   // 50 inserts, one request, one transaction
        Assert.Equal(1, counted.Of(TableOperationKind.Update));
        Assert.Equal(1, counted.Of(TableOperationKind.Delete));
        Assert.Equal(3, counted.Of(TableOperationKind.Query));   // 49 entities, 20 a page: one request per page
        Assert.Equal(7, counted.InTurn);
    }

    [Fact]
    public async Task Work_outside_a_turn_is_background_and_concurrent_turns_count_only_their_own()
    {
        await using var provider = storage.BuildProvider();
        var counter = provider.GetRequiredService<TableTransactionCounter>();
        var notes = provider.GetRequiredService<INoteRepository>();
        var scope = TestMaps.NewScope();
        await notes.AddAsync(scope, TestNotes.Create("m1", "n1"), Ct);
        var before = counter.Snapshot();

        using var started = new SemaphoreSlim(0);
        async Task<int> TurnAsync(int reads)
        {
            using var turn = counter.BeginTurn();
            for (var i = 0; i < reads; i++)
            {
                await notes.GetAsync(scope, "m1", "n1", Ct);
            }

            return turn.Total;
        }

        var background = Task.Run(async () =>
        {
            for (var i = 0; i < 4; i++)
            {
                await notes.GetAsync(scope, "m1", "n1", Ct);   // as the reminder dispatcher would, outside any turn
            }
        });
        var turns = await Task.WhenAll(TurnAsync(2), TurnAsync(5), TurnAsync(3));
        await background;

        Assert.Equal([2, 5, 3], turns);
        var counted = counter.Snapshot().Since(before);
        Assert.Equal(3, counted.Turns);
        Assert.Equal(10, counted.InTurn);
        Assert.Equal(4, counted.Background);
    }

    [Fact]
    public async Task Transactions_are_published_on_the_JourneyBot_Storage_meter()
    {
        await using var provider = storage.BuildProvider();
        var meters = provider.GetRequiredService<IMeterFactory>();
        var counter = provider.GetRequiredService<TableTransactionCounter>();
        var notes = provider.GetRequiredService<INoteRepository>();
        var measured = new List<(long Value, string Operation, string Scope)>();
        var perTurn = new List<int>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == TableTransactionCounter.MeterName && ReferenceEquals(instrument.Meter.Scope, meters))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            lock (measured)
            {
                measured.Add((value, Tag(tags, "operation"), Tag(tags, "scope")));
            }
        });
        listener.SetMeasurementEventCallback<int>((_, value, _, _) => perTurn.Add(value));
        listener.Start();

        var scope = TestMaps.NewScope();
        using (counter.BeginTurn())
        {
            await notes.AddAsync(scope, TestNotes.Create("m1", "n1"), Ct);
        }

        await notes.GetAsync(scope, "m1", "n1", Ct);

        Assert.Equal([(1L, "table", "turn"), (1L, "insert", "turn"), (1L, "get", "background")], measured);
        Assert.Equal([2], perTurn);
    }

    [Theory]
    [InlineData("GET", "http://127.0.0.1:10000/devstoreaccount1/pnotes(PartitionKey='a',RowKey='b')?$format=application%2Fjson", TableOperationKind.Get, "pnotes")]
    [InlineData("GET", "https://acct.table.core.windows.net/pnotes()?$filter=PartitionKey%20eq%20'a'&NextRowKey=x", TableOperationKind.Query, "pnotes")]
    [InlineData("GET", "https://acct.table.core.windows.net/pnotes?$filter=x", TableOperationKind.Query, "pnotes")]
    [InlineData("POST", "https://acct.table.core.windows.net/pnotes", TableOperationKind.Insert, "pnotes")]
    [InlineData("PUT", "https://acct.table.core.windows.net/pmaps(PartitionKey='a',RowKey='b')", TableOperationKind.Update, "pmaps")]
    [InlineData("PATCH", "https://acct.table.core.windows.net/pmaps(PartitionKey='a',RowKey='b')", TableOperationKind.Update, "pmaps")]
    [InlineData("MERGE", "https://acct.table.core.windows.net/pmaps(PartitionKey='a',RowKey='b')", TableOperationKind.Update, "pmaps")]
    [InlineData("DELETE", "https://acct.table.core.windows.net/pmaps(PartitionKey='a',RowKey='b')", TableOperationKind.Delete, "pmaps")]
    [InlineData("POST", "https://acct.table.core.windows.net/$batch", TableOperationKind.Batch, "$batch")]
    [InlineData("POST", "http://127.0.0.1:10000/devstoreaccount1/Tables?$format=x", TableOperationKind.Table, "Tables")]
    [InlineData("DELETE", "https://acct.table.core.windows.net/Tables('pnotes')", TableOperationKind.Table, "Tables")]
    [InlineData("GET", "https://acct.table.core.windows.net/?restype=service&comp=properties", TableOperationKind.Other, "")]
    public void Requests_are_classified_by_method_and_path(string method, string uri, TableOperationKind kind, string table)
    {
        Assert.Equal(kind, TableTransactionPolicy.Classify(RequestMethod.Parse(method), uri, out var addressed));
        Assert.Equal(table, addressed.ToString());
    }

    private static string Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, string name)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == name)
            {
                return tag.Value as string ?? string.Empty;
            }
        }

        return string.Empty;
    }
}
