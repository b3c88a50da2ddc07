using JourneyBot.Domain.Notes;

namespace JourneyBot.Journeys.Dialogs;

/// <summary>What the guided add-note conversation has collected so far.</summary>
public sealed class AddNoteState
{
    public string MapId { get; set; } = string.Empty;
    public NoteKind? Kind { get; set; }
    public string? StageId { get; set; }
    public string? LaneId { get; set; }
    public string? ToLaneId { get; set; }
    public string? Text { get; set; }
    public int? Score { get; set; }
    public string? Extra { get; set; }
    public EvidenceSource? Source { get; set; }

    /// <summary>The ids behind the stage or lane choices last offered, in order.</summary>
    public List<string> Offered { get; set; } = [];
}
