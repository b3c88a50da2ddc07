using Azure;
using Azure.Data.Tables;

namespace JourneyBot.Storage.Reminders;

/// <summary>The oldest hour bucket that may still hold due rows: where the next round starts reading.</summary>
internal sealed class ReminderCursorEntity : ITableEntity
{
    public string PartitionKey { get; set; } = ReminderKeys.CursorPartition;
    public string RowKey { get; set; } = ReminderKeys.CursorRow;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Bucket { get; set; } = string.Empty;
}
