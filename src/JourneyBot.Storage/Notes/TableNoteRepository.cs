using Azure;
using Azure.Data.Tables;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;
using JourneyBot.Storage.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JourneyBot.Storage.Notes;

/// <summary>
/// Notes in the notes table, one partition per map (see <see cref="NoteKeys"/>). Adding is a plain insert,
/// so many people add to one map at once without contention; a change to one note is a read-modify-write
/// guarded by the row's ETag, retried a bounded number of times when another writer got there first.
/// </summary>
internal sealed class TableNoteRepository(
    StorageTables tables,
    TimeProvider timeProvider,
    IOptions<TableStorageOptions> options,
    ILogger<TableNoteRepository> logger) : INoteRepository, IDisposable
{
    /// <summary>How many times <see cref="UpdateAsync"/> reads, changes and writes before giving up.</summary>
    internal const int MaxUpdateAttempts = 10;

    /// <summary>Rows aimed at per range when a large partition is read in ranges at once (a page holds 1,000).</summary>
    internal const int RowsPerRange = 800;

    /// <summary>The most ranges one read is cut into.</summary>
    internal const int MaxRanges = 32;

    private readonly SharedReads<List<NoteEntity>> _reads = new();

    private readonly SemaphoreSlim _largeReads = new(Math.Max(1, options.Value.LargeReadConcurrency));

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
            Writing(scope, note.MapId);
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

    public async Task<IReadOnlyList<Note>> ListAsync(MapScope scope, string mapId, bool includeDeleted, CancellationToken cancellationToken)
    {
        var partition = NoteKeys.Partition(scope, mapId);
        var entities = await _reads.ReadAsync(
            (includeDeleted ? "all|" : "live|") + partition,
            ct => tables.RunAsync(TableNames.Notes, (table, ct2) => ReadPartitionAsync(table, partition, includeDeleted, ct2), ct),
            cancellationToken);
        return entities.Select(e => e.ToNote()).OrderBy(n => n.CreatedAt).ThenBy(n => n.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Every note row of the partition. A map that fits one page (1,000 rows) is one query. A larger one is read
    /// like a long book by several readers: the first page shows how far 1,000 rows reach into the key space,
    /// which estimates how many rows follow; the rest of the keys are cut into ranges of about
    /// <see cref="RowsPerRange"/> rows each (<see cref="KeyRanges"/>), read at once. A 10,000-note map then takes
    /// about as long as two or three pages instead of ten in a row, for about the same number of transactions.
    /// At most <see cref="TableStorageOptions.LargeReadConcurrency"/> such reads run at once per instance, which
    /// bounds the memory they hold; the others wait their turn.
    /// </summary>
    private async Task<List<NoteEntity>> ReadPartitionAsync(TableClient table, string partition, bool includeDeleted, CancellationToken cancellationToken)
    {
        var notes = new List<NoteEntity>();
        string? continuation = null;
        await foreach (var page in table.QueryAsync<NoteEntity>(Filter(partition, includeDeleted, after: null, before: null), cancellationToken: cancellationToken).AsPages())
        {
            notes.AddRange(page.Values);
            continuation = page.ContinuationToken;
            break;
        }

        if (continuation is null)
        {
            return notes;
        }

        var last = notes.Count > 0 ? notes[^1].RowKey : null;
        var covered = last is null ? 0 : KeyRanges.Position(last);
        if (last is null || notes.Count < RowsPerRange / 4 || covered <= 0)
        {
            // The service stopped early (a time or size limit): nothing to estimate from, so carry on in order.
            await foreach (var entity in table.QueryAsync<NoteEntity>(Filter(partition, includeDeleted, after: last, before: null), cancellationToken: cancellationToken))
            {
                notes.Add(entity);
            }

            return notes;
        }

        var expectedRest = notes.Count / covered * (1 - covered);
        var boundaries = KeyRanges.Boundaries(last, (int)Math.Clamp(Math.Ceiling(expectedRest / RowsPerRange), 1, MaxRanges));
        var starts = new List<string> { last };
        starts.AddRange(boundaries);

        await _largeReads.WaitAsync(cancellationToken);
        try
        {
            var ranges = starts.Select((start, i) => ReadRangeAsync(
                table,
                Filter(partition, includeDeleted, after: start, before: i + 1 < starts.Count ? starts[i + 1] : null, inclusiveStart: i > 0),
                cancellationToken));
            foreach (var range in await Task.WhenAll(ranges))
            {
                notes.AddRange(range);
            }
        }
        finally
        {
            _largeReads.Release();
        }

        return notes;
    }

    /// <summary>A write to the map's notes is about to start: lists under way no longer count as fresh.</summary>
    private void Writing(MapScope scope, string mapId)
    {
        var partition = NoteKeys.Partition(scope, mapId);
        _reads.Writing("all|" + partition);
        _reads.Writing("live|" + partition);
    }

    /// <inheritdoc/>
    public void Dispose() => _largeReads.Dispose();

    private static async Task<List<NoteEntity>> ReadRangeAsync(TableClient table, string filter, CancellationToken cancellationToken)
    {
        var rows = new List<NoteEntity>();
        await foreach (var entity in table.QueryAsync<NoteEntity>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(entity);
        }

        return rows;
    }

    private static string Filter(string partition, bool includeDeleted, string? after, string? before, bool inclusiveStart = false)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        if (after is not null)
        {
            filter += inclusiveStart
                ? " and " + TableClient.CreateQueryFilter($"RowKey ge {after}")
                : " and " + TableClient.CreateQueryFilter($"RowKey gt {after}");
        }

        if (before is not null)
        {
            filter += " and " + TableClient.CreateQueryFilter($"RowKey lt {before}");
        }

        return includeDeleted ? filter : filter + " and " + TableClient.CreateQueryFilter($"IsDeleted eq {false}");
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
        Writing(scope, mapId);
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
