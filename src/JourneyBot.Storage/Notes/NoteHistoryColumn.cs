using System.Text;
using System.Text.Json;
using JourneyBot.Domain.Notes;
using JourneyBot.Storage.Tables;

namespace JourneyBot.Storage.Notes;

/// <summary>
/// A note's earlier texts as one JSON string column. An edit must never fail because the history grew,
/// so when the JSON would not fit <see cref="TextColumns.MaxChunkLength"/> the oldest revisions are
/// dropped (the caller counts them) and the newest kept.
/// </summary>
internal static class NoteHistoryColumn
{
    /// <summary>The JSON of the newest revisions that fit one column, and how many older ones were left out.</summary>
    public static (string Json, int Dropped) Write(IReadOnlyList<NoteRevision> history)
    {
        ArgumentNullException.ThrowIfNull(history);

        // Each revision is serialized on its own so the cut can be found in one pass from the newest end;
        // "[" + join(",") + "]" is exactly what serializing the list would give.
        var parts = history
            .Select(r => JsonSerializer.Serialize(new StoredRevision(r.Text, StoredPerson.From(r.EditedBy), r.EditedAt), StorageJson.Options))
            .ToList();
        var length = 2;
        var first = parts.Count;
        while (first > 0)
        {
            var added = parts[first - 1].Length + (first < parts.Count ? 1 : 0);
            if (length + added > TextColumns.MaxChunkLength)
            {
                break;
            }

            length += added;
            first--;
        }

        var json = new StringBuilder(length).Append('[').AppendJoin(',', parts.Skip(first)).Append(']').ToString();
        return (json, first);
    }

    public static List<NoteRevision> Read(string json) =>
        (JsonSerializer.Deserialize<List<StoredRevision>>(json, StorageJson.Options) ?? [])
            .Select(r => new NoteRevision(r.Text, r.EditedBy.ToPerson(), r.EditedAt))
            .ToList();

    /// <summary>The stored shape of a revision, kept apart from the domain record so either can change.</summary>
    private sealed record StoredRevision(string Text, StoredPerson EditedBy, DateTimeOffset EditedAt);
}
