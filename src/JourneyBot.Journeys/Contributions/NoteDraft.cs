using JourneyBot.Domain.Notes;

namespace JourneyBot.Journeys.Contributions;

/// <summary>A note as collected from a dialog, a card or a shortcut, before it gets an id and an author.</summary>
public sealed record NoteDraft(NoteKind Kind, string StageId, string LaneId, string Text)
{
    public string? ToLaneId { get; init; }
    public int? Score { get; init; }
    public string? Speaker { get; init; }
    public string? Channel { get; init; }
    public EvidenceSource? Source { get; init; }
    public bool? Validated { get; init; }
    public string? Category { get; init; }
}
