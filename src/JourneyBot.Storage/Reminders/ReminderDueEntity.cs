using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Reminders;
using JourneyBot.Storage.Tables;

namespace JourneyBot.Storage.Reminders;

/// <summary>One due reminder, in the partition of the hour it is due in; leased while a dispatcher sends it.</summary>
internal sealed class ReminderDueEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string TenantId { get; set; } = string.Empty;
    public string Container { get; set; } = string.Empty;
    public string MapId { get; set; } = string.Empty;
    public string? TargetTenantId { get; set; }
    public string TargetConversationId { get; set; } = string.Empty;
    public DateTimeOffset DueAt { get; set; }
    public DateTimeOffset NominalAt { get; set; }
    public int Attempts { get; set; }
    public string UnreachableJson { get; set; } = "[]";

    /// <summary>Until when a dispatcher holds this reminder; null when nobody does.</summary>
    public DateTimeOffset? LeaseUntil { get; set; }

    public static ReminderDueEntity From(ReminderEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new ReminderDueEntity
        {
            PartitionKey = ReminderKeys.DuePartition(entry.DueAt),
            RowKey = ReminderKeys.DueRow(entry.DueAt, entry.Scope, entry.MapId),
            TenantId = entry.Scope.TenantId,
            Container = entry.Scope.Container,
            MapId = entry.MapId,
            TargetTenantId = entry.Target.TenantId,
            TargetConversationId = entry.Target.ConversationId,
            DueAt = entry.DueAt.ToUniversalTime(),
            NominalAt = entry.NominalAt.ToUniversalTime(),
            Attempts = entry.Attempts,
            UnreachableJson = TextColumns.EnsureFits(JsonSerializer.Serialize(entry.UnreachableUserIds, StorageJson.Options), $"The unreachable owners of map '{entry.MapId}'"),
        };
    }

    public ReminderEntry ToEntry() => new()
    {
        Scope = new MapScope(TenantId, Container),
        MapId = MapId,
        Target = new ReminderTarget(TargetTenantId, TargetConversationId),
        DueAt = DueAt,
        NominalAt = NominalAt,
        Attempts = Attempts,
        UnreachableUserIds = JsonSerializer.Deserialize<List<string>>(UnreachableJson, StorageJson.Options) ?? [],
    };
}
