using Azure;
using Azure.Data.Tables;

namespace JourneyBot.Storage.People;

/// <summary>One person's settings: a row of the people table (PartitionKey: the encoded tenant, RowKey: the encoded user id).</summary>
internal sealed class PersonEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string TenantId { get; set; } = string.Empty;
    public string UserId { get; set; } = string.Empty;

    /// <summary>The chosen language's culture name; null or empty when the person chose none.</summary>
    public string? Language { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
