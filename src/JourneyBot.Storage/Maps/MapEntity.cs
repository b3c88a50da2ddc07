using System.Text.Json;
using System.Text.Json.Serialization;
using Azure;
using Azure.Data.Tables;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Reminders;
using JourneyBot.Storage.Tables;

namespace JourneyBot.Storage.Maps;

/// <summary>
/// One journey map: a row of the maps table; stages, lanes and facilitators are JSON columns, in order.
/// Rows written before lanes had owners and maps had facilitators still load: a lane without an
/// <c>owner</c> has none, and a row without <see cref="FacilitatorsJson"/> keeps its default, no facilitators.
/// </summary>
internal sealed class MapEntity : ITableEntity, IWriteTagged
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <inheritdoc />
    public string? WriteId { get; set; }

    public string MapId { get; set; } = string.Empty;
    public string TenantId { get; set; } = string.Empty;
    public string Container { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public string Persona { get; set; } = string.Empty;
    public string Goal { get; set; } = string.Empty;
    public string Template { get; set; } = string.Empty;
    public string StagesJson { get; set; } = "[]";
    public string LanesJson { get; set; } = "[]";
    public string FacilitatorsJson { get; set; } = "[]";
    public string CreatedById { get; set; } = string.Empty;
    public string CreatedByName { get; set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? DeletedAt { get; set; }
    public string? DeletedById { get; set; }
    public string? DeletedByName { get; set; }
    public DateTimeOffset? LastReviewedAt { get; set; }
    public string? LastReviewedById { get; set; }
    public string? LastReviewedByName { get; set; }

    /// <summary>The review cadence as JSON; rows written before cadences have none and get the default.</summary>
    public string? CadenceJson { get; set; }

    /// <summary>The map's default language (culture name); rows written before maps had one have none.</summary>
    public string? Language { get; set; }

    public static MapEntity FromMap(JourneyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return new MapEntity
        {
            PartitionKey = MapKeys.Partition(map.Scope),
            RowKey = MapKeys.MapRow(map.Id),
            MapId = map.Id,
            TenantId = map.Scope.TenantId,
            Container = map.Scope.Container,
            Name = map.Name,
            Persona = map.Persona,
            Goal = map.Goal,
            Template = map.Template.ToString(),
            StagesJson = TextColumns.EnsureFits(
                JsonSerializer.Serialize(map.Stages.Select(s => new StoredStage(s.Id, s.Name)), StorageJson.Options),
                $"The stages of map '{map.Id}'"),
            LanesJson = TextColumns.EnsureFits(
                JsonSerializer.Serialize(map.Lanes.Select(l => new StoredLane(l.Id, l.Name, l.Kind, StoredPerson.From(l.Owner))), StorageJson.Options),
                $"The lanes of map '{map.Id}'"),
            FacilitatorsJson = TextColumns.EnsureFits(
                JsonSerializer.Serialize(map.Facilitators.Select(StoredPerson.From), StorageJson.Options),
                $"The facilitators of map '{map.Id}'"),
            CreatedById = map.CreatedBy.Id,
            CreatedByName = map.CreatedBy.Name,
            CreatedAt = map.CreatedAt.ToUniversalTime(),
            UpdatedAt = map.UpdatedAt.ToUniversalTime(),
            DeletedAt = map.DeletedAt?.ToUniversalTime(),
            DeletedById = map.DeletedBy?.Id,
            DeletedByName = map.DeletedBy?.Name,
            LastReviewedAt = map.LastReviewedAt?.ToUniversalTime(),
            LastReviewedById = map.LastReviewedBy?.Id,
            LastReviewedByName = map.LastReviewedBy?.Name,
            CadenceJson = JsonSerializer.Serialize(StoredCadence.From(map.Cadence), StorageJson.Options),
            Language = map.Language,
        };
    }

    public JourneyMap ToMap() => new()
    {
        Id = MapId,
        Scope = new MapScope(TenantId, Container),
        Name = Name,
        Persona = Persona,
        Goal = Goal,
        Template = Enum.Parse<MapTemplate>(Template),
        Stages = Deserialize<StoredStage>(StagesJson).Select(s => new Stage(s.Id, s.Name)).ToList(),
        Lanes = Deserialize<StoredLane>(LanesJson).Select(l => new Lane(l.Id, l.Name, l.Kind, l.Owner?.ToPerson())).ToList(),
        Facilitators = Deserialize<StoredPerson>(FacilitatorsJson).Select(p => p.ToPerson()).ToList(),
        CreatedBy = new Person(CreatedById, CreatedByName),
        CreatedAt = CreatedAt,
        UpdatedAt = UpdatedAt,
        DeletedAt = DeletedAt,
        DeletedBy = DeletedById is null ? null : new Person(DeletedById, DeletedByName ?? string.Empty),
        LastReviewedAt = LastReviewedAt,
        LastReviewedBy = LastReviewedById is null ? null : new Person(LastReviewedById, LastReviewedByName ?? string.Empty),
        PredatesReminders = string.IsNullOrEmpty(CadenceJson),
        Language = string.IsNullOrEmpty(Language) ? null : Language,
        Cadence = string.IsNullOrEmpty(CadenceJson) ? ReviewCadence.Default : JsonSerializer.Deserialize<StoredCadence>(CadenceJson, StorageJson.Options)?.ToCadence() ?? ReviewCadence.Default,
    };

    private static List<T> Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<List<T>>(json, StorageJson.Options) ?? [];

    /// <summary>The stored shape of a stage, kept apart from the domain record so either can change.</summary>
    private sealed record StoredStage(string Id, string Name);

    /// <summary>The stored shape of a lane; <c>owner</c> is left out when there is none, as in rows written before owners.</summary>
    private sealed record StoredLane(
        string Id,
        string Name,
        LaneKind Kind,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] StoredPerson? Owner = null);

    /// <summary>The stored shape of a review cadence; the time of day as <c>HH:mm</c>.</summary>
    private sealed record StoredCadence(bool Enabled, CadenceUnit Unit, int Every, DayOfWeek Weekday, int DayOfMonth, string Time, string TimeZoneId)
    {
        public static StoredCadence From(ReviewCadence cadence) => new(
            cadence.Enabled,
            cadence.Unit,
            cadence.Every,
            cadence.Weekday,
            cadence.DayOfMonth,
            cadence.TimeOfDay.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            cadence.TimeZoneId);

        public ReviewCadence ToCadence() => new()
        {
            Enabled = Enabled,
            Unit = Unit,
            Every = Every,
            Weekday = Weekday,
            DayOfMonth = DayOfMonth,
            TimeOfDay = TimeOnly.ParseExact(Time, "HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            TimeZoneId = TimeZoneId,
        };
    }
}
