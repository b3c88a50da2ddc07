using JourneyBot.Domain.Notes;

namespace JourneyBot.Journeys.MapPage;

/// <summary>
/// One note drawn as a card: its id (cut when long) at the top right, the kind line at the top, the text wrapped (and cut with an ellipsis when too
/// long), the speaker of a quote, and the full text for the tooltip.
/// </summary>
internal sealed record NoteCard(
    string NoteId,
    string IdLabel,
    NoteKind Kind,
    string StageId,
    string LaneId,
    Box Bounds,
    string KindLine,
    IReadOnlyList<string> TextLines,
    string? SpeakerLine,
    string Tooltip);
