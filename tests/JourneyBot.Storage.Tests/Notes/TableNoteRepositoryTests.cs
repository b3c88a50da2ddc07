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

namespace JourneyBot.Storage.Tests.Notes;

public sealed class TableNoteRepositoryTests(AzuriteStorageFixture storage) : IClassFixture<AzuriteStorageFixture>
{
    private readonly TableNoteRepository _repository = new(
        storage.CreateTables(), TimeProvider.System, Microsoft.Extensions.Options.Options.Create(new TableStorageOptions()), NullLogger<TableNoteRepository>.Instance);

    private CancellationToken Ct { get; } = new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token;

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task AddAsync_NoteOfEachKind_ReadsBackWithItsFields(NoteKind kind)
    {
        var scope = TestMaps.NewScope();
        var note = TestNotes.OfKind("m1", kind);

        await _repository.AddAsync(scope, note, Ct);
        var stored = await _repository.GetAsync(scope, "m1", note.Id, Ct);

        AssertSameNote(note, stored);
    }

    [Fact]
    public async Task AddAsync_NoteWithEveryFieldSet_ReadsBackEveryField()
    {
        var scope = TestMaps.NewScope();
        var plusTwo = TimeSpan.FromHours(2);
        var note = TestNotes.Create("m1", kind: NoteKind.Evidence, createdAt: new DateTimeOffset(2026, 3, 2, 11, 0, 0, plusTwo).AddTicks(1234567)) with
        {
            UpdatedAt = new DateTimeOffset(2026, 3, 3, 8, 15, 0, TimeSpan.Zero),
            Category = "assessment",
            Channel = "app",
            Score = 0,
            Speaker = "Store manager",
            ToLaneId = "l3",
            Source = EvidenceSource.Csat,
            Validated = false,
            History =
            [
                new NoteRevision("First try", TestNotes.Ada, new DateTimeOffset(2026, 3, 2, 12, 0, 0, plusTwo)),
                new NoteRevision("Second try", TestNotes.Bob, new DateTimeOffset(2026, 3, 2, 13, 0, 0, TimeSpan.Zero)),
            ],
            DeletedAt = new DateTimeOffset(2026, 3, 4, 9, 0, 0, TimeSpan.FromHours(-5)),
            DeletedBy = TestNotes.Bob,
            Archived = true,
        };

        await _repository.AddAsync(scope, note, Ct);
        var stored = await _repository.GetAsync(scope, "m1", note.Id, Ct);

        AssertSameNote(note, stored);
        Assert.Equal(0, stored!.Score);
        Assert.False(stored.Validated);
        Assert.True(stored.IsDeleted);
    }

    [Fact]
    public async Task AddAsync_NoteWithoutOptionalFields_ReadsBackNullsAndNoUpdateTime()
    {
        var scope = TestMaps.NewScope();
        var note = TestNotes.Create("m1");

        await _repository.AddAsync(scope, note, Ct);
        var stored = await _repository.GetAsync(scope, "m1", note.Id, Ct);
        var raw = await RawNoteAsync(scope, note);

        AssertSameNote(note, stored);
        Assert.Equal(default, stored!.UpdatedAt);
        Assert.Null(stored.Score);
        Assert.Null(stored.Validated);
        Assert.Null(stored.Source);
        Assert.Empty(stored.History);
        Assert.False(stored.IsDeleted);
        Assert.Equal("Action", raw.GetString("Kind"));
        Assert.False(raw.ContainsKey("UpdatedAt"));
    }

    [Theory]
    [InlineData("emoji 😀🎉👩‍👩‍👧 and a flag 🇳🇴")]
    [InlineData("CJK 中文字符 日本語のテキスト 한국어")]
    [InlineData("Arabic: العميل لا يجد زر الدفع")]
    [InlineData("Hebrew: הלקוח לא מוצא את כפתור התשלום")]
    [InlineData("mixed RTL עברית with English and العربية 123")]
    [InlineData("line one\nline two \"quoted\" 'single' \\ back / slash # hash ? % ~ |")]
    public async Task AddAsync_TextInAnyScript_ReadsBackIntact(string text)
    {
        var scope = TestMaps.NewScope();
        var note = TestNotes.Create("m1", text: text);

        await _repository.AddAsync(scope, note, Ct);

        Assert.Equal(text, (await _repository.GetAsync(scope, "m1", "n1", Ct))!.Text);
    }

    [Fact]
    public async Task AddAsync_TextOfTheMaximumLength_ReadsBackIntact()
    {
        var scope = TestMaps.NewScope();
        var plain = new string('x', Note.MaxTextLength - 10) + "0123456789";
        var emoji = string.Concat(Enumerable.Repeat("😀", Note.MaxTextLength / 2));
        var rtl = string.Concat(Enumerable.Repeat("שלום עולם ", Note.MaxTextLength / 10));

        await _repository.AddAsync(scope, TestNotes.Create("m1", id: "plain", text: plain), Ct);
        await _repository.AddAsync(scope, TestNotes.Create("m1", id: "emoji", text: emoji), Ct);
        await _repository.AddAsync(scope, TestNotes.Create("m1", id: "rtl", text: rtl), Ct);

        Assert.Equal(Note.MaxTextLength, plain.Length);
        Assert.Equal(Note.MaxTextLength, emoji.Length);
        Assert.Equal(Note.MaxTextLength, rtl.Length);
        Assert.Equal(plain, (await _repository.GetAsync(scope, "m1", "plain", Ct))!.Text);
        Assert.Equal(emoji, (await _repository.GetAsync(scope, "m1", "emoji", Ct))!.Text);
        Assert.Equal(rtl, (await _repository.GetAsync(scope, "m1", "rtl", Ct))!.Text);
    }

    [Fact]
    public async Task GetAsync_UnknownNote_ReturnsNull() =>
        Assert.Null(await _repository.GetAsync(TestMaps.NewScope(), "m1", "nope", Ct));

    [Fact]
    public async Task AddAsync_IdTakenByAnotherNote_ThrowsNoteConflictExceptionAndKeepsTheFirst()
    {
        var scope = TestMaps.NewScope();
        await _repository.AddAsync(scope, TestNotes.Create("m1", text: "First"), Ct);

        var conflict = await Assert.ThrowsAsync<NoteConflictException>(
            () => _repository.AddAsync(scope, TestNotes.Create("m1", text: "Second", author: TestNotes.Bob), Ct));

        Assert.Equal("n1", conflict.NoteId);
        Assert.IsType<RequestFailedException>(conflict.InnerException);
        Assert.Equal("First", (await _repository.GetAsync(scope, "m1", "n1", Ct))!.Text);
    }

    [Fact]
    public async Task AddAsync_SameNoteAgain_AsWhenARetriedInsertWasAlreadyStored_SucceedsWithOneNote()
    {
        var scope = TestMaps.NewScope();
        var note = TestNotes.Create("m1");
        await _repository.AddAsync(scope, note, Ct);

        await _repository.AddAsync(scope, note, Ct);

        AssertSameNote(note, Assert.Single(await _repository.ListAsync(scope, "m1", includeDeleted: true, Ct)));
    }

    [Fact]
    public async Task AddAsync_SameIdInAnotherMapOrScope_IsAnotherNote()
    {
        var scope = TestMaps.NewScope();
        var otherScope = scope with { Container = scope.Container + "x" };

        await _repository.AddAsync(scope, TestNotes.Create("m1", text: "In m1"), Ct);
        await _repository.AddAsync(scope, TestNotes.Create("m2", text: "In m2"), Ct);
        await _repository.AddAsync(otherScope, TestNotes.Create("m1", text: "In the other scope's m1"), Ct);

        Assert.Equal("In m1", (await _repository.GetAsync(scope, "m1", "n1", Ct))!.Text);
        Assert.Equal("In m2", (await _repository.GetAsync(scope, "m2", "n1", Ct))!.Text);
        Assert.Equal("In the other scope's m1", (await _repository.GetAsync(otherScope, "m1", "n1", Ct))!.Text);
    }

    [Fact]
    public async Task ListAsync_ReturnsTheMapsNotesByCreationTimeThenId_WithoutOtherMapsOrScopes()
    {
        var scope = TestMaps.NewScope();
        await _repository.AddAsync(scope, TestNotes.Create("m1", id: "c", createdAt: TestMaps.Now.AddMinutes(1)), Ct);
        await _repository.AddAsync(scope, TestNotes.Create("m1", id: "a", createdAt: TestMaps.Now.AddMinutes(2)), Ct);
        await _repository.AddAsync(scope, TestNotes.Create("m1", id: "b", createdAt: TestMaps.Now.AddMinutes(1)), Ct);
        await _repository.AddAsync(scope, TestNotes.Create("m1", id: "z", createdAt: TestMaps.Now), Ct);
        await _repository.AddAsync(scope, TestNotes.Create("m2", id: "other-map"), Ct);
        await _repository.AddAsync(scope with { Container = scope.Container + "x" }, TestNotes.Create("m1", id: "other-scope"), Ct);
        await _repository.AddAsync(scope with { TenantId = scope.TenantId + "x" }, TestNotes.Create("m1", id: "other-tenant"), Ct);

        var notes = await _repository.ListAsync(scope, "m1", includeDeleted: false, Ct);

        Assert.Equal(["z", "b", "c", "a"], notes.Select(n => n.Id));
    }

    [Fact]
    public async Task ListAsync_DeletedNotes_AreLeftOutUnlessAskedFor()
    {
        var scope = TestMaps.NewScope();
        await _repository.AddAsync(scope, TestNotes.Create("m1", id: "kept", createdAt: TestMaps.Now), Ct);
        await _repository.AddAsync(scope, TestNotes.Create("m1", id: "gone", createdAt: TestMaps.Now.AddMinutes(1)), Ct);
        await _repository.UpdateAsync(scope, "m1", "gone", n => n.Delete(TestNotes.Bob, TestMaps.Now.AddHours(1)), Ct);

        var visible = await _repository.ListAsync(scope, "m1", includeDeleted: false, Ct);
        var all = await _repository.ListAsync(scope, "m1", includeDeleted: true, Ct);

        Assert.Equal(["kept"], visible.Select(n => n.Id));
        Assert.Equal(["kept", "gone"], all.Select(n => n.Id));
        Assert.True(all[1].IsDeleted);
    }

    [Fact]
    public async Task ListAsync_MapWithoutNotes_ReturnsEmpty() =>
        Assert.Empty(await _repository.ListAsync(TestMaps.NewScope(), "m1", includeDeleted: true, Ct));

    [Fact]
    public async Task UpdateAsync_Edits_KeepEveryEarlierTextInOrder()
    {
        var scope = TestMaps.NewScope();
        await _repository.AddAsync(scope, TestNotes.Create("m1", text: "Draft"), Ct);

        await _repository.UpdateAsync(scope, "m1", "n1", n => n.Edit("Second", TestNotes.Ada, TestMaps.Now.AddMinutes(1)), Ct);
        var returned = await _repository.UpdateAsync(scope, "m1", "n1", n => n.Edit("  Final  ", TestNotes.Bob, TestMaps.Now.AddMinutes(2)), Ct);
        var stored = await _repository.GetAsync(scope, "m1", "n1", Ct);

        AssertSameNote(returned, stored);
        Assert.Equal("Final", stored!.Text);
        Assert.Equal(TestMaps.Now.AddMinutes(2), stored.UpdatedAt);
        Assert.Equal(
            [new NoteRevision("Draft", TestNotes.Ada, TestMaps.Now.AddMinutes(1)), new NoteRevision("Second", TestNotes.Bob, TestMaps.Now.AddMinutes(2))],
            stored.History);
    }

    [Fact]
    public async Task UpdateAsync_SoftDeleteThenRestore_KeepsTheNoteAndClearsTheMarks()
    {
        var scope = TestMaps.NewScope();
        await _repository.AddAsync(scope, TestNotes.Create("m1", text: "Keep me") with { Archived = true }, Ct);

        var deleted = await _repository.UpdateAsync(scope, "m1", "n1", n => n.Delete(TestNotes.Bob, TestMaps.Now.AddHours(1)), Ct);
        var whileDeleted = await _repository.GetAsync(scope, "m1", "n1", Ct);
        var restored = await _repository.UpdateAsync(scope, "m1", "n1", n => n.Restore(TestMaps.Now.AddHours(2)), Ct);
        var afterRestore = await _repository.GetAsync(scope, "m1", "n1", Ct);

        Assert.True(deleted.IsDeleted);
        Assert.Equal(TestMaps.Now.AddHours(1), whileDeleted!.DeletedAt);
        Assert.Equal(TestNotes.Bob, whileDeleted.DeletedBy);
        Assert.Equal("Keep me", whileDeleted.Text);
        AssertSameNote(restored, afterRestore);
        Assert.False(afterRestore!.IsDeleted);
        Assert.Null(afterRestore.DeletedBy);
        Assert.False(afterRestore.Archived);
        Assert.Equal(TestMaps.Now.AddHours(2), afterRestore.UpdatedAt);
        Assert.Equal(["n1"], (await _repository.ListAsync(scope, "m1", includeDeleted: false, Ct)).Select(n => n.Id));
    }

    [Fact]
    public async Task UpdateAsync_UnknownNote_ThrowsNoteNotFoundException()
    {
        var notFound = await Assert.ThrowsAsync<NoteNotFoundException>(
            () => _repository.UpdateAsync(TestMaps.NewScope(), "m1", "missing", n => n, Ct));

        Assert.Equal("missing", notFound.NoteId);
    }

    [Fact]
    public async Task UpdateAsync_ChangeThrows_PropagatesAndWritesNothing()
    {
        var scope = TestMaps.NewScope();
        var note = TestNotes.Create("m1");
        await _repository.AddAsync(scope, note, Ct);
        var before = await RawNoteAsync(scope, note);

        var broken = await Assert.ThrowsAsync<NoteRuleException>(
            () => _repository.UpdateAsync(scope, "m1", "n1", n => n.Edit("   ", TestNotes.Ada, TestMaps.Now), Ct));

        Assert.Equal(NoteRule.EmptyText, broken.Rule);
        var after = await RawNoteAsync(scope, note);
        Assert.Equal(before.ETag, after.ETag);
        AssertSameNote(note, await _repository.GetAsync(scope, "m1", "n1", Ct));
    }

    [Theory]
    [InlineData("other-note", "m1")]
    [InlineData("n1", "other-map")]
    public async Task UpdateAsync_ChangeAlteringTheIds_IsRefusedAndWritesNothing(string id, string mapId)
    {
        var scope = TestMaps.NewScope();
        var note = TestNotes.Create("m1");
        await _repository.AddAsync(scope, note, Ct);
        var before = await RawNoteAsync(scope, note);

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => _repository.UpdateAsync(scope, "m1", "n1", n => n with { Id = id, MapId = mapId, Text = "Moved" }, Ct));

        Assert.Equal(before.ETag, (await RawNoteAsync(scope, note)).ETag);
        Assert.Equal(["n1"], (await _repository.ListAsync(scope, "m1", includeDeleted: true, Ct)).Select(n => n.Id));
        Assert.Empty(await _repository.ListAsync(scope, "other-map", includeDeleted: true, Ct));
    }

    [Fact]
    public async Task UpdateAsync_HistoryOutgrowingItsColumn_DropsTheOldestRevisionsCountsThemAndNeverFails()
    {
        var scope = TestMaps.NewScope();
        var note = TestNotes.Create("m1");
        await _repository.AddAsync(scope, note, Ct);

        // Emoji are escaped in JSON (12 characters each), so each 2,000-character revision takes ~12,000 of the 30,000.
        const int edits = 8;
        for (var i = 1; i <= edits; i++)
        {
            var text = $"edit {i:D2} " + string.Concat(Enumerable.Repeat("😀", 990));
            await _repository.UpdateAsync(scope, "m1", "n1", n => n.Edit(text, TestNotes.Ada, TestMaps.Now.AddMinutes(i)), Ct);
        }

        var stored = await _repository.GetAsync(scope, "m1", "n1", Ct);
        var raw = await RawNoteAsync(scope, note);

        // Revision k holds the text before edit k + 1: the original, then edit 01 .. edit 07.
        var kept = stored!.History.Count;
        Assert.Equal(2, kept);
        Assert.Equal(edits - kept, raw.GetInt32("HistoryDropped"));
        Assert.InRange(raw.GetString("HistoryJson").Length, 1, TextColumns.MaxChunkLength);
        Assert.StartsWith("edit 08 ", stored.Text, StringComparison.Ordinal);
        Assert.Equal(["edit 06 ", "edit 07 "], stored.History.Select(r => r.Text[..8]));
    }

    [Theory]
    [MemberData(nameof(AwkwardIdIndexes))]
    public async Task AwkwardIds_InScopeMapAndNote_RoundTrip(int index)
    {
        var id = AwkwardIds.All[index];
        var scope = new MapScope(id, id + "/container");
        var note = TestNotes.Create(id, id: id);

        await _repository.AddAsync(scope, note, Ct);
        await _repository.UpdateAsync(scope, id, id, n => n.Edit("Edited", TestNotes.Bob, TestMaps.Now), Ct);

        var stored = await _repository.GetAsync(scope, id, id, Ct);
        Assert.NotNull(stored);
        Assert.Equal(id, stored.Id);
        Assert.Equal(id, stored.MapId);
        Assert.Equal("Edited", stored.Text);
        Assert.Equal(id, Assert.Single(await _repository.ListAsync(scope, id, includeDeleted: false, Ct)).Id);
    }

    [Fact]
    public async Task Maps_WhoseScopeAndIdConcatenateAlike_KeepTheirNotesApart()
    {
        await _repository.AddAsync(new MapScope("t", "c|m"), TestNotes.Create("x"), Ct);

        Assert.Empty(await _repository.ListAsync(new MapScope("t", "c"), "m|x", includeDeleted: true, Ct));
        Assert.Null(await _repository.GetAsync(new MapScope("t|c", "m"), "x", "n1", Ct));
    }

    public static TheoryData<NoteKind> Kinds() => new(Enum.GetValues<NoteKind>());

    public static TheoryData<int> AwkwardIdIndexes() => AwkwardIds.Indexes();

    private async Task<TableEntity> RawNoteAsync(MapScope scope, Note note) =>
        (await storage.RawTable(TableNames.Notes).GetEntityAsync<TableEntity>(
            NoteKeys.Partition(scope, note.MapId), NoteKeys.Row(note.Id), cancellationToken: Ct)).Value;

    internal static void AssertSameNote(Note expected, Note? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.MapId, actual.MapId);
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Kind, actual.Kind);
        Assert.Equal(expected.StageId, actual.StageId);
        Assert.Equal(expected.LaneId, actual.LaneId);
        Assert.Equal(expected.Text, actual.Text);
        Assert.Equal(expected.Author, actual.Author);
        Assert.Equal(expected.CreatedAt, actual.CreatedAt);
        Assert.Equal(expected.UpdatedAt, actual.UpdatedAt);
        Assert.Equal(expected.Category, actual.Category);
        Assert.Equal(expected.Channel, actual.Channel);
        Assert.Equal(expected.Score, actual.Score);
        Assert.Equal(expected.Speaker, actual.Speaker);
        Assert.Equal(expected.ToLaneId, actual.ToLaneId);
        Assert.Equal(expected.Source, actual.Source);
        Assert.Equal(expected.Validated, actual.Validated);
        Assert.Equal(expected.History, actual.History);
        Assert.Equal(expected.DeletedAt, actual.DeletedAt);
        Assert.Equal(expected.DeletedBy, actual.DeletedBy);
        Assert.Equal(expected.Archived, actual.Archived);
    }
}
