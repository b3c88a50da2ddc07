namespace JourneyBot.Journeys.Exports;

/// <summary>A stage of an exported map; the array order is the stage order.</summary>
public sealed record ExportedStage
{
    public string? Id { get; init; }
    public string? Name { get; init; }
}
