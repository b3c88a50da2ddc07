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
}
