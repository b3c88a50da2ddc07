using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;

namespace JourneyBot.Domain.Abstractions;

/// <summary>
/// Stores a map's notes. Adding is append-only (many people add at once without contention);
/// changes to one note are ETag-guarded read-modify-writes.
/// </summary>
public interface INoteRepository
{
    /// <summary>Stores a new note; throws <see cref="NoteConflictException"/> if its id is taken in the map.</summary>
    Task AddAsync(MapScope scope, Note note, CancellationToken cancellationToken);

    Task<Note?> GetAsync(MapScope scope, string mapId, string noteId, CancellationToken cancellationToken);

    /// <summary>The map's notes in the order they were added, deleted ones included only when asked.</summary>
    Task<IReadOnlyList<Note>> ListAsync(MapScope scope, string mapId, bool includeDeleted, CancellationToken cancellationToken);

    /// <summary>
    /// Applies <paramref name="change"/> to the stored note, re-reading and re-applying when another writer
    /// got there first (bounded), and returns the stored result. Throws <see cref="NoteNotFoundException"/>,
    /// <see cref="NoteConflictException"/>, or whatever <paramref name="change"/> throws (nothing written).
    /// </summary>
    Task<Note> UpdateAsync(MapScope scope, string mapId, string noteId, Func<Note, Note> change, CancellationToken cancellationToken);
}

/// <summary>No such note in the map.</summary>
public sealed class NoteNotFoundException(string noteId) : Exception($"Note '{noteId}' was not found.")
{
    public string NoteId { get; } = noteId;
}

/// <summary>The note id is taken, or concurrent writers kept colliding; nothing was written.</summary>
public sealed class NoteConflictException(string noteId, Exception? innerException = null)
    : Exception($"Note '{noteId}' conflicted with another write.", innerException)
{
    public string NoteId { get; } = noteId;
}
