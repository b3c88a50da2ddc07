using Azure;
using Azure.Data.Tables;

namespace JourneyBot.Storage.Maps;

/// <summary>The map a person last chose in a scope: a <c>sel|</c> row beside the scope's maps.</summary>
internal sealed class MapSelectionEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string UserId { get; set; } = string.Empty;
    public string MapId { get; set; } = string.Empty;
    public DateTimeOffset SelectedAt { get; set; }
}
