using System.Security.Cryptography;
using Azure.Data.Tables;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Notes;
using JourneyBot.Storage.Diagnostics;
using JourneyBot.Storage.Notes;
using JourneyBot.Storage.Tables;
using JourneyBot.Storage.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace JourneyBot.Storage.Tests.Notes;

/// <summary>
/// A map of more than a page of notes is read in key ranges at once: every note comes back exactly once, whatever
/// its id looks like, deleted ones only when asked for, and in about as many transactions as pages.
/// </summary>
public sealed class LargeMapReadTests(AzuriteStorageFixture storage, ITestOutputHelper output) : IClassFixture<AzuriteStorageFixture>
{
    private static readonly string[] ImportedIds =
        ["!first", "0000", "1-one", "ZZ-imported", "i-between-h-and-j", "zzzz~", "~last", "note-ü", "ｗｉｄｅ", "a", "zz"];

    private CancellationToken Ct { get; } = new CancellationTokenSource(TimeSpan.FromMinutes(3)).Token;

    [Theory]
    [InlineData(2_650)]
    [InlineData(1_004)]
    public async Task Every_note_of_a_large_map_is_read_exactly_once(int generated)
    {
        await using var provider = storage.BuildProvider();
        var (counter, notes) = (provider.GetRequiredService<TableTransactionCounter>(), provider.GetRequiredService<INoteRepository>());
        var scope = TestMaps.NewScope();
        var ids = RandomIds(generated).Concat(ImportedIds).ToList();
        var deleted = ids.Where((_, i) => i % 13 == 0).ToHashSet(StringComparer.Ordinal);
        await StoreAsync(scope, "big", ids, deleted);

        using var turn = counter.BeginTurn();
        var all = await notes.ListAsync(scope, "big", includeDeleted: true, Ct);
        var queries = turn.Of(TableOperationKind.Query);
        var live = await notes.ListAsync(scope, "big", includeDeleted: false, Ct);

        output.WriteLine($"{ids.Count} notes: {queries} queries");
        Assert.Equal(ids.Order(StringComparer.Ordinal), all.Select(n => n.Id).Order(StringComparer.Ordinal));
        Assert.Equal(ids.Except(deleted).Order(StringComparer.Ordinal), live.Select(n => n.Id).Order(StringComparer.Ordinal));
        Assert.True(queries <= (ids.Count / 1000) + 6, $"{queries} queries for {ids.Count} notes");
    }

    [Fact]
    public async Task A_map_of_one_page_is_one_query()
    {
        await using var provider = storage.BuildProvider();
        var (counter, notes) = (provider.GetRequiredService<TableTransactionCounter>(), provider.GetRequiredService<INoteRepository>());
        var scope = TestMaps.NewScope();
        await StoreAsync(scope, "small", RandomIds(990).ToList(), new HashSet<string>(StringComparer.Ordinal));

        using var turn = counter.BeginTurn();
        Assert.Equal(990, (await notes.ListAsync(scope, "small", includeDeleted: true, Ct)).Count);
        Assert.Equal(1, turn.Of(TableOperationKind.Query));
    }

    [Fact]
    public async Task Summaries_asked_at_the_same_moment_share_one_read_but_a_new_note_is_always_seen()
    {
        await using var provider = storage.BuildProvider();
        var (counter, notes) = (provider.GetRequiredService<TableTransactionCounter>(), provider.GetRequiredService<INoteRepository>());
        var scope = TestMaps.NewScope();
        await StoreAsync(scope, "shared", RandomIds(2_000).ToList(), new HashSet<string>(StringComparer.Ordinal));

        using var turn = counter.BeginTurn();
        var together = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => notes.ListAsync(scope, "shared", includeDeleted: true, Ct)));
        var sharedQueries = turn.Of(TableOperationKind.Query);

        var underWay = notes.ListAsync(scope, "shared", includeDeleted: true, Ct);
        await notes.AddAsync(scope, TestNotes.Create("shared", id: "new-note", text: "just added"), Ct);
        var afterAdding = await notes.ListAsync(scope, "shared", includeDeleted: true, Ct);
        await underWay;

        Assert.All(together, list => Assert.Equal(2_000, list.Count));
        Assert.True(sharedQueries <= 5, $"{sharedQueries} queries for five lists at once");
        Assert.Contains(afterAdding, n => n.Id == "new-note");
    }

    private static HashSet<string> RandomIds(int count)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (ids.Count < count)
        {
            ids.Add(RandomNumberGenerator.GetString(KeyRanges.Alphabet, 4));
        }

        return ids;
    }

    private async Task StoreAsync(Domain.Maps.MapScope scope, string mapId, IReadOnlyList<string> ids, HashSet<string> deleted)
    {
        var table = storage.RawTable(TableNames.Notes);
        await table.CreateIfNotExistsAsync(Ct);
        foreach (var chunk in ids.Chunk(100))
        {
            var batch = chunk.Select(id =>
            {
                var note = TestNotes.Create(mapId, id: id, text: "note " + id);
                if (deleted.Contains(id))
                {
                    note = note with { DeletedAt = TestMaps.Now, DeletedBy = TestNotes.Bob };
                }

                return new TableTransactionAction(TableTransactionActionType.Add, NoteEntity.FromNote(scope, note, droppedBefore: 0));
            });
            await table.SubmitTransactionAsync(batch, Ct);
        }
    }
}
