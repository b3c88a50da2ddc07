using System.Text.Json;
using System.Text.Json.Serialization;
using Azure;
using Azure.Data.Tables;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;
using JourneyBot.Domain.Reviews;
using JourneyBot.Storage.Tables;

namespace JourneyBot.Storage.Reviews;

/// <summary>
/// One snapshot (see <see cref="ReviewKeys.SnapshotRow"/>): stages and lanes as JSON, and the notes as compact
/// JSON rows split over two columns when long (about 1,500 notes fit).
/// </summary>
internal sealed class SnapshotEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string MapId { get; set; } = string.Empty;
    public string ReviewId { get; set; } = string.Empty;
    public DateTimeOffset TakenAt { get; set; }
    public string TakenById { get; set; } = string.Empty;
    public string TakenByName { get; set; } = string.Empty;
    public string StagesJson { get; set; } = "[]";
    public string LanesJson { get; set; } = "[]";
    public int NoteCount { get; set; }
    public string NotesJson { get; set; } = "[]";
    public string? NotesJson2 { get; set; }

    public static SnapshotEntity From(MapScope scope, MapSnapshot snapshot)
    {
        var notes = JsonSerializer.Serialize(snapshot.Notes.Select(n => new StoredNote(n.Id, n.Kind, n.StageId, n.LaneId, n.TextHash)), StorageJson.Options);
        if (notes.Length > 2 * TextColumns.MaxChunkLength)
        {
            throw new ArgumentException($"The snapshot of map '{snapshot.MapId}' holds too many notes ({snapshot.Notes.Count}) for one row.", nameof(snapshot));
        }

        var (first, second) = TextColumns.Split(notes);
        return new SnapshotEntity
        {
            PartitionKey = ReviewKeys.Partition(scope, snapshot.MapId),
            RowKey = ReviewKeys.SnapshotRow(snapshot.TakenAt, snapshot.ReviewId),
            MapId = snapshot.MapId,
            ReviewId = snapshot.ReviewId,
            TakenAt = snapshot.TakenAt,
            TakenById = snapshot.TakenBy.Id,
            TakenByName = snapshot.TakenBy.Name,
            StagesJson = TextColumns.EnsureFits(JsonSerializer.Serialize(snapshot.Stages.Select(s => new StoredStage(s.Id, s.Name)), StorageJson.Options), "The snapshot's stages"),
            LanesJson = TextColumns.EnsureFits(JsonSerializer.Serialize(snapshot.Lanes.Select(l => new StoredLane(l.Id, l.Name, l.Kind)), StorageJson.Options), "The snapshot's lanes"),
            NoteCount = snapshot.Notes.Count,
            NotesJson = first,
            NotesJson2 = second,
        };
    }

    public MapSnapshot ToSnapshot() => new()
    {
        MapId = MapId,
        ReviewId = ReviewId,
        TakenAt = TakenAt,
        TakenBy = new Person(TakenById, TakenByName),
        Stages = Read<StoredStage>(StagesJson).Select(s => new Stage(s.Id, s.Name)).ToList(),
        Lanes = Read<StoredLane>(LanesJson).Select(l => new Lane(l.Id, l.Name, l.Kind)).ToList(),
        Notes = Read<StoredNote>(NotesJson + NotesJson2).Select(n => new SnapshotNote(n.I, n.K, n.S, n.L, n.H)).ToList(),
    };

    private static List<T> Read<T>(string json) => JsonSerializer.Deserialize<List<T>>(json, StorageJson.Options) ?? [];

    private sealed record StoredStage(string Id, string Name);

    private sealed record StoredLane(string Id, string Name, LaneKind Kind);

    /// <summary>Short property names: a snapshot row holds every note of the map.</summary>
    private sealed record StoredNote(
        [property: JsonPropertyName("i")] string I,
        [property: JsonPropertyName("k")] NoteKind K,
        [property: JsonPropertyName("s")] string S,
        [property: JsonPropertyName("l")] string L,
        [property: JsonPropertyName("h")] string H);
}
