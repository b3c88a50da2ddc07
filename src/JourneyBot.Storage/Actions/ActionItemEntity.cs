using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using JourneyBot.Domain.Actions;
using JourneyBot.Domain.Maps;
using JourneyBot.Storage.Tables;

namespace JourneyBot.Storage.Actions;

/// <summary>
/// One action item: a row of the actions table (see <see cref="ActionItemKeys"/>). The due date is stored as
/// <c>yyyy-MM-dd</c> text (a date, not an instant); the status history is a JSON column of the newest
/// <see cref="MaxHistory"/> changes.
/// </summary>
internal sealed class ActionItemEntity : ITableEntity, IWriteTagged
{
    /// <summary>Status changes kept; far more than an item sees, and small enough for one column.</summary>
    public const int MaxHistory = 200;

    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <inheritdoc />
    public string? WriteId { get; set; }

    // The raw ids: keys are encoded and not meant to be decoded.
    public string TenantId { get; set; } = string.Empty;
    public string Container { get; set; } = string.Empty;
    public string MapId { get; set; } = string.Empty;
    public string ItemId { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;
    public string OwnerId { get; set; } = string.Empty;
    public string OwnerName { get; set; } = string.Empty;
    public string? Due { get; set; }
    public string Status { get; set; } = string.Empty;
    public string? FromNoteId { get; set; }
    public string CreatedById { get; set; } = string.Empty;
    public string CreatedByName { get; set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
    public string HistoryJson { get; set; } = "[]";

    public static ActionItemEntity From(MapScope scope, ActionItem item)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(item);
        var history = item.History.TakeLast(MaxHistory)
            .Select(c => new StoredChange(c.From.ToString(), c.To.ToString(), StoredPerson.From(c.By), c.At))
            .ToList();
        return new ActionItemEntity
        {
            PartitionKey = ActionItemKeys.Partition(scope, item.MapId),
            RowKey = ActionItemKeys.Row(item.Id),
            TenantId = scope.TenantId,
            Container = scope.Container,
            MapId = item.MapId,
            ItemId = item.Id,
            Text = TextColumns.EnsureFits(item.Text, $"The text of action item '{item.Id}'"),
            OwnerId = item.Owner.Id,
            OwnerName = item.Owner.Name,
            Due = item.Due?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Status = item.Status.ToString(),
            FromNoteId = item.FromNoteId,
            CreatedById = item.CreatedBy.Id,
            CreatedByName = item.CreatedBy.Name,
            CreatedAt = item.CreatedAt.ToUniversalTime(),
            UpdatedAt = item.UpdatedAt == default ? null : item.UpdatedAt.ToUniversalTime(),
            HistoryJson = TextColumns.EnsureFits(JsonSerializer.Serialize(history, StorageJson.Options), $"The history of action item '{item.Id}'"),
        };
    }

    public ActionItem ToActionItem() => new()
    {
        MapId = MapId,
        Id = ItemId,
        Text = Text,
        Owner = new Person(OwnerId, OwnerName),
        Due = Due is null ? null : DateOnly.ParseExact(Due, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Status = Enum.Parse<ActionStatus>(Status),
        FromNoteId = FromNoteId,
        CreatedBy = new Person(CreatedById, CreatedByName),
        CreatedAt = CreatedAt,
        UpdatedAt = UpdatedAt ?? default,
        History = (JsonSerializer.Deserialize<List<StoredChange>>(HistoryJson, StorageJson.Options) ?? [])
            .Select(c => new ActionStatusChange(Enum.Parse<ActionStatus>(c.From), Enum.Parse<ActionStatus>(c.To), c.By.ToPerson(), c.At))
            .ToList(),
    };

    /// <summary>The stored shape of a status change, kept apart from the domain record so either can change.</summary>
    private sealed record StoredChange(string From, string To, StoredPerson By, DateTimeOffset At);
}
