using System.Text.Json;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;
using JourneyBot.Storage.Notes;
using JourneyBot.Storage.Tables;
using JourneyBot.Storage.Tests.Support;

namespace JourneyBot.Storage.Tests.Notes;

public sealed class NoteHistoryColumnTests
{
    [Fact]
    public void Write_HistoryThatFits_KeepsEveryRevisionAndReadsBackEqual()
    {
        List<NoteRevision> history =
        [
            new("Draft 😀 中文 עברית", TestNotes.Ada, TestMaps.Now),
            new("Second \"quoted\"\nline", TestNotes.Bob, TestMaps.Now.AddMinutes(1).ToOffset(TimeSpan.FromHours(9))),
        ];

        var (json, dropped) = NoteHistoryColumn.Write(history);

        Assert.Equal(0, dropped);
        Assert.Equal(history, NoteHistoryColumn.Read(json));
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(json).RootElement.ValueKind);
    }

    [Fact]
    public void Write_EmptyHistory_IsAnEmptyArray() =>
        Assert.Equal(("[]", 0), NoteHistoryColumn.Write([]));

    [Fact]
    public void Write_HistoryOverTheColumn_DropsJustEnoughOfTheOldestRevisions()
    {
        // About 1,100 characters of JSON each: 30 of them need ~33,000.
        var history = Enumerable.Range(0, 30).Select(i => Revision(i, 1000)).ToList();

        var (json, dropped) = NoteHistoryColumn.Write(history);

        Assert.InRange(dropped, 1, 5);
        Assert.Equal(history.Skip(dropped), NoteHistoryColumn.Read(json));
        Assert.InRange(json.Length, 1, TextColumns.MaxChunkLength);
        Assert.Equal(1, NoteHistoryColumn.Write(history.Skip(dropped - 1).ToList()).Dropped);
    }

    [Fact]
    public void Write_RevisionLargerThanTheColumnOnItsOwn_IsDroppedInsteadOfFailing()
    {
        var huge = new NoteRevision("short", new Person("29:x", new string('n', TextColumns.MaxChunkLength)), TestMaps.Now);
        var latest = Revision(1, 10);

        var (json, dropped) = NoteHistoryColumn.Write([huge, latest]);

        Assert.Equal(1, dropped);
        Assert.Equal([latest], NoteHistoryColumn.Read(json));
    }

    private static NoteRevision Revision(int index, int length) =>
        new($"{index:D3}" + new string('r', length - 3), TestNotes.Ada, TestMaps.Now.AddMinutes(index));
}
