namespace JourneyBot.Journeys.MapPage;

/// <summary>
/// A stage's column: its header (name wrapped into <paramref name="NameLines"/>), the cells where its notes
/// go (<paramref name="Cells"/>: the x range, over all lanes) and, to the right of the cells, the gutter
/// where hand-off arrows run between lanes.
/// </summary>
internal sealed record StageColumn(
    string StageId,
    int Number,
    string Name,
    IReadOnlyList<string> NameLines,
    Box Header,
    Box Cells,
    Box Gutter,
    int SubColumns);
