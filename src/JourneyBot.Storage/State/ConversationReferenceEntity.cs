using Azure;
using Azure.Data.Tables;

namespace JourneyBot.Storage.State;

/// <summary>A saved conversation reference, whole, as Activity-protocol JSON.</summary>
internal sealed class ConversationReferenceEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string? TenantId { get; set; }
    public string ConversationId { get; set; } = string.Empty;
    public string Json { get; set; } = string.Empty;
    public DateTimeOffset SavedAt { get; set; }
}
