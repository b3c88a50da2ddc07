using System.Security.Cryptography;
using System.Text;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;

namespace JourneyBot.Domain.Reviews;

/// <summary>
/// The map as it stood when a review was closed: its stages and lanes, and its live notes (ids, kinds, places,
/// text hashes). Later maps are compared with it to say what changed since the last review.
/// </summary>
public sealed record MapSnapshot
{
    public required string MapId { get; init; }
    public required string ReviewId { get; init; }
    public required DateTimeOffset TakenAt { get; init; }
    public required Person TakenBy { get; init; }
    public required IReadOnlyList<Stage> Stages { get; init; }
    public required IReadOnlyList<Lane> Lanes { get; init; }
    public required IReadOnlyList<SnapshotNote> Notes { get; init; }

    /// <summary>Live notes per stage id at the time.</summary>
    public IReadOnlyDictionary<string, int> CountsByStage => Notes.GroupBy(n => n.StageId).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Takes a snapshot of <paramref name="map"/> with its <paramref name="notes"/> (deleted and archived ones are left out).</summary>
    public static MapSnapshot Take(JourneyMap map, IEnumerable<Note> notes, string reviewId, Person by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(notes);
        return new MapSnapshot
        {
            MapId = map.Id,
            ReviewId = reviewId,
            TakenAt = at,
            TakenBy = by,
            Stages = map.Stages.ToList(),
            Lanes = map.Lanes.ToList(),
            Notes = notes.Where(n => !n.IsDeleted).Select(Of).ToList(),
        };
    }

    /// <summary>What changed between this snapshot and <paramref name="notes"/> (the map's notes now, deleted ones may be included).</summary>
    public SnapshotChanges Compare(IEnumerable<Note> notes)
    {
        ArgumentNullException.ThrowIfNull(notes);
        var then = Notes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var now = notes.Where(n => !n.IsDeleted).Select(Of).ToDictionary(n => n.Id, StringComparer.Ordinal);
        return new SnapshotChanges(
            now.Keys.Where(id => !then.ContainsKey(id)).ToList(),
            now.Values.Where(n => then.TryGetValue(n.Id, out var old) && old != n).Select(n => n.Id).ToList(),
            then.Keys.Where(id => !now.ContainsKey(id)).ToList());
    }

    /// <summary>A short, stable hash of a note text (the first 16 hex digits of its SHA-256).</summary>
    public static string HashText(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text ?? string.Empty)))[..16];

    private static SnapshotNote Of(Note note) => new(note.Id, note.Kind, note.StageId, note.LaneId, HashText(note.Text));
}
