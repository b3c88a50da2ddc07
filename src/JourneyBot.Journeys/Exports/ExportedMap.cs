namespace JourneyBot.Journeys.Exports;

/// <summary>The map part of an exported document.</summary>
public sealed record ExportedMap
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? Persona { get; init; }
    public string? Goal { get; init; }

    /// <summary>customerJourney, sprintServiceMap, serviceBlueprint or blank.</summary>
    public string? Template { get; init; }

    public ExportedPerson? CreatedBy { get; init; }
    public DateTimeOffset? CreatedAt { get; init; }
    public DateTimeOffset? UpdatedAt { get; init; }
    public IReadOnlyList<ExportedPerson?>? Facilitators { get; init; }
    public IReadOnlyList<ExportedStage?>? Stages { get; init; }
    public IReadOnlyList<ExportedLane?>? Lanes { get; init; }
}
