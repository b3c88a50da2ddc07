using Azure;
using Azure.Data.Tables;
using JourneyBot.Storage.Tables;

namespace JourneyBot.Storage.State;

/// <summary>
/// One person's dialog state in one conversation scope. The JSON may be longer than one string
/// property holds, so it is split over <see cref="Json"/> and <see cref="JsonContinued"/>.
/// </summary>
internal sealed class TurnStateEntity : ITableEntity, IWriteTagged
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Scope { get; set; } = string.Empty;
    public string User { get; set; } = string.Empty;
    public string Json { get; set; } = string.Empty;
    public string? JsonContinued { get; set; }
    public DateTimeOffset SavedAt { get; set; }

    /// <inheritdoc />
    public string? WriteId { get; set; }

    /// <summary>The whole document (a method, not a property, so it is not stored as a column too).</summary>
    public string WholeJson() => JsonContinued is null ? Json : Json + JsonContinued;
}
