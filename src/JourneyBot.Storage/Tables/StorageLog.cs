using Microsoft.Extensions.Logging;

namespace JourneyBot.Storage.Tables;

/// <summary>The log messages of the storage layer.</summary>
internal static partial class StorageLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Table {Table} is ready")]
    public static partial void TableReady(this ILogger logger, string table);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Could not create table {Table}; the next call tries again")]
    public static partial void TableCreationFailed(this ILogger logger, Exception exception, string table);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Table {Table} disappeared after it was created; creating it again")]
    public static partial void TableDisappeared(this ILogger logger, Exception exception, string table);

    [LoggerMessage(EventId = 4, Level = LogLevel.Debug, Message = "Map {MapId} changed under us (attempt {Attempt} of {MaxAttempts}); reading it again")]
    public static partial void MapUpdateConflict(this ILogger logger, string mapId, int attempt, int maxAttempts);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Map {MapId} was still changing after {MaxAttempts} attempts; giving up")]
    public static partial void MapUpdateGaveUp(this ILogger logger, string mapId, int maxAttempts);

    [LoggerMessage(EventId = 6, Level = LogLevel.Debug, Message = "Note {NoteId} of map {MapId} changed under us (attempt {Attempt} of {MaxAttempts}); reading it again")]
    public static partial void NoteUpdateConflict(this ILogger logger, string noteId, string mapId, int attempt, int maxAttempts);

    [LoggerMessage(EventId = 7, Level = LogLevel.Warning, Message = "Note {NoteId} of map {MapId} was still changing after {MaxAttempts} attempts; giving up")]
    public static partial void NoteUpdateGaveUp(this ILogger logger, string noteId, string mapId, int maxAttempts);

    [LoggerMessage(EventId = 8, Level = LogLevel.Information, Message = "History of note {NoteId} of map {MapId} outgrew its column: dropped the {Dropped} oldest revisions, kept {Kept}")]
    public static partial void NoteHistoryTrimmed(this ILogger logger, string noteId, string mapId, int dropped, int kept);

    [LoggerMessage(EventId = 9, Level = LogLevel.Information, Message = "Note {NoteId} of map {MapId} was already stored by an earlier attempt of the same add")]
    public static partial void NoteAlreadyAdded(this ILogger logger, string noteId, string mapId);

    [LoggerMessage(EventId = 10, Level = LogLevel.Debug, Message = "Action item {ItemId} of map {MapId} changed under us (attempt {Attempt} of {MaxAttempts}); reading it again")]
    public static partial void ActionItemUpdateConflict(this ILogger logger, string itemId, string mapId, int attempt, int maxAttempts);

    [LoggerMessage(EventId = 11, Level = LogLevel.Warning, Message = "Action item {ItemId} of map {MapId} was still changing after {MaxAttempts} attempts; giving up")]
    public static partial void ActionItemUpdateGaveUp(this ILogger logger, string itemId, string mapId, int maxAttempts);

    [LoggerMessage(EventId = 12, Level = LogLevel.Information, Message = "Action item {ItemId} of map {MapId} was already stored by an earlier attempt of the same add")]
    public static partial void ActionItemAlreadyAdded(this ILogger logger, string itemId, string mapId);

    [LoggerMessage(EventId = 13, Level = LogLevel.Warning, Message = "Table Storage is unavailable (table {Table}); the operation did not complete")]
    public static partial void StorageUnavailable(this ILogger logger, Exception exception, string table);
}
