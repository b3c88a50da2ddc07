using Azure;
using Azure.Data.Tables;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;
using JourneyBot.Storage.Tables;

namespace JourneyBot.Storage.Notes;

/// <summary>
/// One note: a row of the notes table (see <see cref="NoteKeys"/>). Every field of <see cref="Note"/> is its
/// own column, enums by name; the history is a JSON column, trimmed to fit (see <see cref="NoteHistoryColumn"/>).
/// </summary>
internal sealed class NoteEntity : ITableEntity, IWriteTagged
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <inheritdoc />
    public string? WriteId { get; set; }

    // The raw ids: keys are encoded and not meant to be decoded.
    public string TenantId { get; set; } = string.Empty;
    public string Container { get; set; } = string.Empty;
    public string MapId { get; set; } = string.Empty;
    public string NoteId { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;
    public string StageId { get; set; } = string.Empty;
    public string LaneId { get; set; } = string.Empty;
    public string Text { get; set; } = string.Empty;
    public string AuthorId { get; set; } = string.Empty;
    public string AuthorName { get; set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Empty until the note is first changed (Table Storage refuses dates before 1601).</summary>
    public DateTimeOffset? UpdatedAt { get; set; }

    public string? Category { get; set; }
    public string? Channel { get; set; }
    public int? Score { get; set; }
    public string? Speaker { get; set; }
    public string? ToLaneId { get; set; }
    public string? Source { get; set; }
    public bool? Validated { get; set; }

    public string HistoryJson { get; set; } = "[]";

    /// <summary>How many of the oldest revisions were dropped over the note's life to keep <see cref="HistoryJson"/> in one column.</summary>
    public int HistoryDropped { get; set; }

    /// <summary>Redundant with <see cref="DeletedAt"/>; lets a listing leave deleted notes out on the server.</summary>
    public bool IsDeleted { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }
    public string? DeletedById { get; set; }
    public string? DeletedByName { get; set; }
    public bool Archived { get; set; }

    /// <summary>
    /// The row for <paramref name="note"/> in <paramref name="scope"/>. <paramref name="droppedBefore"/> is the
    /// stored row's <see cref="HistoryDropped"/>, to which revisions dropped now are added.
    /// </summary>
    public static NoteEntity FromNote(MapScope scope, Note note, int droppedBefore)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(note);
        var (historyJson, dropped) = NoteHistoryColumn.Write(note.History);
        return new NoteEntity
        {
            PartitionKey = NoteKeys.Partition(scope, note.MapId),
            RowKey = NoteKeys.Row(note.Id),
            TenantId = scope.TenantId,
            Container = scope.Container,
            MapId = note.MapId,
            NoteId = note.Id,
            Kind = note.Kind.ToString(),
            StageId = note.StageId,
            LaneId = note.LaneId,
            Text = TextColumns.EnsureFits(note.Text, $"The text of note '{note.Id}'"),
            AuthorId = note.Author.Id,
            AuthorName = note.Author.Name,
            CreatedAt = note.CreatedAt.ToUniversalTime(),
            UpdatedAt = note.UpdatedAt == default ? null : note.UpdatedAt.ToUniversalTime(),
            Category = note.Category,
            Channel = note.Channel,
            Score = note.Score,
            Speaker = note.Speaker,
            ToLaneId = note.ToLaneId,
            Source = note.Source?.ToString(),
            Validated = note.Validated,
            HistoryJson = historyJson,
            HistoryDropped = droppedBefore + dropped,
            IsDeleted = note.IsDeleted,
            DeletedAt = note.DeletedAt?.ToUniversalTime(),
            DeletedById = note.DeletedBy?.Id,
            DeletedByName = note.DeletedBy?.Name,
            Archived = note.Archived,
        };
    }

    public Note ToNote() => new()
    {
        MapId = MapId,
        Id = NoteId,
        Kind = Enum.Parse<NoteKind>(Kind),
        StageId = StageId,
        LaneId = LaneId,
        Text = Text,
        Author = new Person(AuthorId, AuthorName),
        CreatedAt = CreatedAt,
        UpdatedAt = UpdatedAt ?? default,
        Category = Category,
        Channel = Channel,
        Score = Score,
        Speaker = Speaker,
        ToLaneId = ToLaneId,
        Source = Source is null ? null : Enum.Parse<EvidenceSource>(Source),
        Validated = Validated,
        History = NoteHistoryColumn.Read(HistoryJson),
        DeletedAt = DeletedAt,
        DeletedBy = DeletedById is null ? null : new Person(DeletedById, DeletedByName ?? string.Empty),
        Archived = Archived,
    };
}
