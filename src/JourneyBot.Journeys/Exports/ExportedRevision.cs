namespace JourneyBot.Journeys.Exports;

/// <summary>An earlier text of an edited note.</summary>
public sealed record ExportedRevision
{
    public string? Text { get; init; }
    public ExportedPerson? EditedBy { get; init; }
    public DateTimeOffset? EditedAt { get; init; }
}
