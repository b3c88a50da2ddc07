namespace JourneyBot.Journeys.Dialogs;

/// <summary>The map a facilitator asked to delete.</summary>
public sealed class DeleteMapState
{
    public string MapId { get; set; } = string.Empty;
}
