using Azure;
using Azure.Data.Tables;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;
using JourneyBot.Storage.Tables;
using Microsoft.Extensions.Logging;

namespace JourneyBot.Storage.Notes;

/// <summary>
/// Notes in the notes table, one partition per map (see <see cref="NoteKeys"/>). Adding is a plain insert,
/// so many people add to one map at once without contention; a change to one note is a read-modify-write
/// guarded by the row's ETag, retried a bounded number of times when another writer got there first.
/// </summary>
internal sealed class TableNoteRepository(
    StorageTables tables,
    TimeProvider timeProvider,
    ILogger<TableNoteRepository> logger) : INoteRepository
{
    /// <summary>How many times <see cref="UpdateAsync"/> reads, changes and writes before giving up.</summary>
    internal const int MaxUpdateAttempts = 10;

    /// <summary>
    /// Inserts the note. When its id is taken, the stored note is compared with this one: the same author,
    /// creation time, kind, place and text mean an earlier attempt of this very add was stored and its answer
    /// lost (the client retries such requests), so the add has succeeded; anything else is a
    /// <see cref="NoteConflictException"/>.
    /// </summary>
    public async Task AddAsync(MapScope scope, Note note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(note);
        var entity = NoteEntity.FromNote(scope, note, droppedBefore: 0);
        LogIfTrimmed(note, entity, droppedBefore: 0);
        try
        {
            await tables.RunAsync(TableNames.Notes, (table, ct) => table.AddEntityAsync(entity, ct), cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            var stored = await ReadAsync(scope, note.MapId, note.Id, cancellationToken);
            if (stored is not null && IsSameAdd(stored, entity))
            {
                logger.NoteAlreadyAdded(note.Id, note.MapId);
                return;
            }

            throw new NoteConflictException(note.Id, ex);
        }
    }

    public async Task<Note?> GetAsync(MapScope scope, string mapId, string noteId, CancellationToken cancellationToken)
    {
        var entity = await ReadAsync(scope, mapId, noteId, cancellationToken);
        return entity?.ToNote();
    }

    public Task<IReadOnlyList<Note>> ListAsync(MapScope scope, string mapId, bool includeDeleted, CancellationToken cancellationToken)
    {
        var partition = NoteKeys.Partition(scope, mapId);
        var filter = includeDeleted
            ? TableClient.CreateQueryFilter($"PartitionKey eq {partition}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partition} and IsDeleted eq {false}");
        return tables.RunAsync<IReadOnlyList<Note>>(
            TableNames.Notes,
            async (table, ct) =>
            {
                var notes = new List<Note>();
                await foreach (var entity in table.QueryAsync<NoteEntity>(filter, cancellationToken: ct))
                {
                    notes.Add(entity.ToNote());
                }

                return notes.OrderBy(n => n.CreatedAt).ThenBy(n => n.Id, StringComparer.Ordinal).ToList();
            },
            cancellationToken);
    }

    public async Task<Note> UpdateAsync(
        MapScope scope,
        string mapId,
        string noteId,
        Func<Note, Note> change,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(change);
        Note? wanted = null;
        var historyDropped = 0;
        var update = new EntityUpdate<NoteEntity>(tables, TableNames.Notes, timeProvider, MaxUpdateAttempts);
        var written = await update.RunAsync(
            ct => ReadAsync(scope, mapId, noteId, ct),
            stored =>
            {
                // Whatever change throws (a broken note rule, say) propagates before anything is written.
                var current = stored.ToNote();
                var changed = change(current);
                if (changed.MapId != current.MapId || changed.Id != current.Id)
                {
                    throw new InvalidOperationException(
                        $"A change to note '{noteId}' of map '{mapId}' must keep its ids; it returned note '{changed.Id}' of map '{changed.MapId}'.");
                }

                (wanted, historyDropped) = (changed, stored.HistoryDropped);
                return NoteEntity.FromNote(scope, changed, stored.HistoryDropped);
            },
            () => new NoteNotFoundException(noteId),
            attempt => logger.NoteUpdateConflict(noteId, mapId, attempt, MaxUpdateAttempts),
            lastConflict =>
            {
                logger.NoteUpdateGaveUp(noteId, mapId, MaxUpdateAttempts);
                return new NoteConflictException(noteId, lastConflict);
            },
            cancellationToken);
        LogIfTrimmed(wanted!, written, historyDropped);

        // What was stored, which may hold fewer revisions than the change returned.
        return written.ToNote();
    }

    private async Task<NoteEntity?> ReadAsync(MapScope scope, string mapId, string noteId, CancellationToken cancellationToken)
    {
        var partition = NoteKeys.Partition(scope, mapId);
        var row = NoteKeys.Row(noteId);
        var response = await tables.RunAsync(
            TableNames.Notes,
            (table, ct) => table.GetEntityIfExistsAsync<NoteEntity>(partition, row, cancellationToken: ct),
            cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    private static bool IsSameAdd(NoteEntity stored, NoteEntity adding) =>
        stored.NoteId == adding.NoteId
        && stored.AuthorId == adding.AuthorId
        && stored.CreatedAt == adding.CreatedAt
        && stored.Kind == adding.Kind
        && stored.StageId == adding.StageId
        && stored.LaneId == adding.LaneId
        && stored.Text == adding.Text;

    private void LogIfTrimmed(Note note, NoteEntity entity, int droppedBefore)
    {
        var droppedNow = entity.HistoryDropped - droppedBefore;
        if (droppedNow > 0)
        {
            logger.NoteHistoryTrimmed(note.Id, note.MapId, droppedNow, note.History.Count - droppedNow);
        }
    }
}
