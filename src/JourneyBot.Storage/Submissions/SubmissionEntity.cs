using Azure;
using Azure.Data.Tables;

namespace JourneyBot.Storage.Submissions;

/// <summary>A claimed card click: a row of the submissions table (PartitionKey: the map's notes partition, RowKey: the encoded key).</summary>
internal sealed class SubmissionEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string MapId { get; set; } = string.Empty;
    public string Key { get; set; } = string.Empty;
    public string ItemId { get; set; } = string.Empty;
    public DateTimeOffset At { get; set; }
}
