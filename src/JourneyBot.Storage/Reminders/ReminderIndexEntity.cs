using Azure;
using Azure.Data.Tables;

namespace JourneyBot.Storage.Reminders;

/// <summary>A map's pointer to its current due row: the one row that counts, whatever else a crash left behind.</summary>
internal sealed class ReminderIndexEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string DuePartition { get; set; } = string.Empty;
    public string DueRow { get; set; } = string.Empty;

    public bool PointsAt(string partition, string row) => DuePartition == partition && DueRow == row;
}
