using System.Collections.Concurrent;
using System.Diagnostics;
using Azure;
using Azure.Data.Tables;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;
using JourneyBot.Storage;
using JourneyBot.Storage.Notes;
using JourneyBot.Storage.Tables;
using JourneyBot.Storage.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace JourneyBot.Storage.Tests.Notes;

/// <summary>Many people writing one map's notes at once, on the real Azurite.</summary>
public sealed class TableNoteRepositoryConcurrencyTests(AzuriteStorageFixture storage, ITestOutputHelper output)
    : IClassFixture<AzuriteStorageFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly TableNoteRepository _repository = new(
        storage.CreateTables(), TimeProvider.System, Microsoft.Extensions.Options.Options.Create(new TableStorageOptions()), NullLogger<TableNoteRepository>.Instance);

    private CancellationToken Ct { get; } = new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token;

    [Fact]
    public async Task AddAsync_TwentyUsersAddingFiftyNotesEachToOneMapAtOnce_StoresExactlyAThousandNotesNoneLostOrDuplicated()
    {
        const int users = 20;
        const int notesEach = 50;
        var scope = TestMaps.NewScope();
        var authors = Enumerable.Range(0, users).Select(u => new Person($"29:user{u:D2}", $"User {u:D2}")).ToList();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var clock = Stopwatch.StartNew();

        var writers = authors.Select(author => Task.Run(
            async () =>
            {
                await start.Task;
                for (var n = 0; n < notesEach; n++)
                {
                    var note = TestNotes.Create(
                        "m1",
                        id: $"{author.Id[3..]}-{n:D2}",
                        kind: Enum.GetValues<NoteKind>()[n % 10],
                        text: $"Note {n} by {author.Name}",
                        author: author,
                        createdAt: TestMaps.Now.AddSeconds(n));
                    await _repository.AddAsync(scope, note, Ct);
                }
            },
            Ct)).ToList();
        start.SetResult();
        await Task.WhenAll(writers).WaitAsync(Patience, Ct);
        var added = clock.Elapsed;
        var notes = await _repository.ListAsync(scope, "m1", includeDeleted: false, Ct);
        output.WriteLine($"{users} users x {notesEach} notes: added in {added.TotalMilliseconds:F0} ms, listed in {(clock.Elapsed - added).TotalMilliseconds:F0} ms");

        Assert.Equal(users * notesEach, notes.Count);
        Assert.Equal(users * notesEach, notes.Select(n => n.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(notes.GroupBy(n => n.Author.Id), byAuthor => Assert.Equal(notesEach, byAuthor.Count()));
        Assert.Equal(authors.Select(a => a.Id).Order(StringComparer.Ordinal), notes.Select(n => n.Author.Id).Distinct().Order(StringComparer.Ordinal));
        Assert.All(notes, n => Assert.Equal($"Note {int.Parse(n.Id[^2..], System.Globalization.CultureInfo.InvariantCulture)} by {n.Author.Name}", n.Text));
        Assert.Equal(notes.OrderBy(n => n.CreatedAt).ThenBy(n => n.Id, StringComparer.Ordinal).Select(n => n.Id), notes.Select(n => n.Id));
    }

    [Fact]
    public async Task UpdateAsync_SeveralWritersEditingOneNoteAtOnce_KeepEveryEditInTheHistory()
    {
        const int writers = 8;
        var scope = TestMaps.NewScope();
        await _repository.AddAsync(scope, TestNotes.Create("m1", text: "Original"), Ct);
        var editors = Enumerable.Range(0, writers).Select(w => new Person($"29:editor{w}", $"Editor {w}")).ToList();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var edits = editors.Select(editor => Task.Run(
            async () =>
            {
                await start.Task;
                return await _repository.UpdateAsync(scope, "m1", "n1", n => n.Edit($"Text by {editor.Name}", editor, TestMaps.Now), Ct);
            },
            Ct)).ToList();
        start.SetResult();
        await Task.WhenAll(edits).WaitAsync(Patience, Ct);
        var note = (await _repository.GetAsync(scope, "m1", "n1", Ct))!;

        Assert.Equal(writers, note.History.Count);
        Assert.Equal(
            editors.Select(e => $"Text by {e.Name}").Append("Original").Order(StringComparer.Ordinal),
            note.History.Select(r => r.Text).Append(note.Text).Order(StringComparer.Ordinal));
        Assert.Equal(editors.Select(e => e.Id).Order(StringComparer.Ordinal), note.History.Select(r => r.EditedBy.Id).Order(StringComparer.Ordinal));

        // Each revision records who replaced its text, and what they wrote is the next text: one unbroken chain.
        var texts = note.History.Select(r => r.Text).Append(note.Text).ToList();
        for (var i = 0; i < writers; i++)
        {
            Assert.Equal($"Text by {note.History[i].EditedBy.Name}", texts[i + 1]);
        }
    }

    [Fact]
    public async Task UpdateAsync_AnotherWriterCommitsBetweenReadAndWrite_ReappliesOnTopSoNoEditIsLost()
    {
        var scope = TestMaps.NewScope();
        await _repository.AddAsync(scope, TestNotes.Create("m1", text: "Original"), Ct);
        var firstHasRead = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var secondHasWritten = new ManualResetEventSlim();
        var seenByFirst = new ConcurrentQueue<string>();

        var first = Task.Run(
            () => _repository.UpdateAsync(
                scope,
                "m1",
                "n1",
                n =>
                {
                    seenByFirst.Enqueue(n.Text);
                    if (seenByFirst.Count == 1)
                    {
                        // Hold the first writer between its read and its write until the second has committed.
                        firstHasRead.SetResult();
                        Assert.True(secondHasWritten.Wait(Patience, Ct));
                    }

                    return n.Edit("From first", TestNotes.Ada, TestMaps.Now.AddMinutes(2));
                },
                Ct),
            Ct);
        await firstHasRead.Task.WaitAsync(Patience, Ct);
        await _repository.UpdateAsync(scope, "m1", "n1", n => n.Edit("From second", TestNotes.Bob, TestMaps.Now.AddMinutes(1)), Ct);
        secondHasWritten.Set();
        var result = await first.WaitAsync(Patience, Ct);

        Assert.Equal(["Original", "From second"], seenByFirst);
        Assert.Equal("From first", result.Text);
        var stored = await _repository.GetAsync(scope, "m1", "n1", Ct);
        Assert.Equal("From first", stored!.Text);
        Assert.Equal(
            [new NoteRevision("Original", TestNotes.Bob, TestMaps.Now.AddMinutes(1)), new NoteRevision("From second", TestNotes.Ada, TestMaps.Now.AddMinutes(2))],
            stored.History);
    }

    [Fact]
    public async Task UpdateAsync_ConflictOnEveryAttempt_ThrowsNoteConflictExceptionAfterBoundedAttempts()
    {
        var scope = TestMaps.NewScope();
        var note = TestNotes.Create("m1", text: "Original");
        await _repository.AddAsync(scope, note, Ct);
        var raw = storage.RawTable(TableNames.Notes);
        var partition = NoteKeys.Partition(scope, "m1");
        var row = NoteKeys.Row("n1");
        var calls = 0;

        var conflict = await Assert.ThrowsAsync<NoteConflictException>(() => _repository.UpdateAsync(
            scope,
            "m1",
            "n1",
            n =>
            {
                calls++;

                // Another writer touches the row after every read (the callback is synchronous, so is this write).
                raw.UpdateEntity(new TableEntity(partition, row) { ["Touched"] = calls }, ETag.All, TableUpdateMode.Merge, Ct);
                return n.Edit("Mine", TestNotes.Ada, TestMaps.Now);
            },
            Ct));

        Assert.Equal(TableNoteRepository.MaxUpdateAttempts, calls);
        Assert.Equal("n1", conflict.NoteId);
        Assert.IsType<RequestFailedException>(conflict.InnerException);
        Assert.Equal("Original", (await _repository.GetAsync(scope, "m1", "n1", Ct))!.Text);
    }
}
