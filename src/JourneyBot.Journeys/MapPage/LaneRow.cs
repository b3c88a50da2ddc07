namespace JourneyBot.Journeys.MapPage;

/// <summary>
/// A lane's row across the board, with its label lines and the small lines under them (kind, owner), drawn
/// at each of <paramref name="LabelTops"/> (more than once in a tall lane).
/// </summary>
internal sealed record LaneRow(
    string LaneId,
    string Name,
    IReadOnlyList<string> NameLines,
    IReadOnlyList<string> DetailLines,
    bool IsCustomer,
    Box Row,
    IReadOnlyList<double> LabelTops);
