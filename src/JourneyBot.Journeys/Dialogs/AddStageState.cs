namespace JourneyBot.Journeys.Dialogs;

/// <summary>What the add-stage conversation has collected so far.</summary>
public sealed class AddStageState
{
    public string MapId { get; set; } = string.Empty;

    public string? Name { get; set; }
}
