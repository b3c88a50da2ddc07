namespace JourneyBot.Journeys.Exports;

/// <summary>A lane of an exported map (top to bottom in array order), with its blueprint kind and owner.</summary>
public sealed record ExportedLane
{
    public string? Id { get; init; }
    public string? Name { get; init; }

    /// <summary>customer, physicalEvidence, frontstage, backstage, support or stakeholder.</summary>
    public string? Kind { get; init; }

    public ExportedPerson? Owner { get; init; }
}
