using Azure;
using Azure.Data.Tables;
using JourneyBot.Storage.Tables;

namespace JourneyBot.Storage.State;

/// <summary>A claimed activity id; <see cref="BegunAt"/> lets a clean-up job drop old rows.</summary>
internal sealed class ProcessedActivityEntity : ITableEntity, IWriteTagged
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string ConversationId { get; set; } = string.Empty;
    public string ActivityId { get; set; } = string.Empty;
    public DateTimeOffset BegunAt { get; set; }

    /// <inheritdoc />
    public string? WriteId { get; set; }
}
