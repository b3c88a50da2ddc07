namespace JourneyBot.Journeys.Dialogs;

/// <summary>What the new-map conversation has collected so far.</summary>
public sealed class NewMapState
{
    public string? Name { get; set; }

    public string? Persona { get; set; }

    public string? Goal { get; set; }
}
