namespace JourneyBot.Journeys.MapPage;

/// <summary>
/// A hand-off from a card in one lane to another lane at the same stage: a line through
/// <paramref name="Points"/> (from the card's edge, along the stage's gutter, into the target lane's cell);
/// the arrowhead is at the last point, pointing left.
/// </summary>
internal sealed record HandoffArrow(string NoteId, string FromLaneId, string ToLaneId, string StageId, IReadOnlyList<(double X, double Y)> Points);
