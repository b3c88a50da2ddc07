using JourneyBot.Domain.Notes;

namespace JourneyBot.Journeys.Dialogs;

/// <summary>A one-line note whose stage or lanes still have to be pinned down.</summary>
public sealed class ShortcutNoteState
{
    public string MapId { get; set; } = string.Empty;
    public NoteKind Kind { get; set; }
    public string Text { get; set; } = string.Empty;
    public string StageText { get; set; } = string.Empty;
    public string? LaneText { get; set; }
    public string? ToLaneText { get; set; }
    public int? Score { get; set; }
    public string? Speaker { get; set; }
    public string? Channel { get; set; }
    public EvidenceSource? Source { get; set; }
    public bool? Validated { get; set; }
    public string? StageId { get; set; }
    public string? LaneId { get; set; }

    /// <summary>The ids behind the choices last offered, in order.</summary>
    public List<string> Offered { get; set; } = [];
}
