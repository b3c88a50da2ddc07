namespace JourneyBot.Journeys.Dialogs;

/// <summary>Which stage or lane is being removed, and the targets offered for its notes.</summary>
public sealed class RemovePlaceState
{
    public string MapId { get; set; } = string.Empty;
    public bool IsLane { get; set; }
    public string PlaceId { get; set; } = string.Empty;
    public string PlaceName { get; set; } = string.Empty;

    /// <summary>Ids of the stages or lanes offered as the notes' new home; the last choice is "archive".</summary>
    public List<string> Offered { get; set; } = [];
}
