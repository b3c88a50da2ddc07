namespace JourneyBot.Journeys.Exports;

/// <summary>A person in an exported map: the channel's user id and the display name.</summary>
public sealed record ExportedPerson
{
    public string? Id { get; init; }
    public string? Name { get; init; }
}
