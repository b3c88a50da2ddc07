namespace JourneyBot.Journeys.Cards;

// The data cards/summary.json binds to. The map summary, a stage's detail and a lane's detail share the
// template: a section whose text or list is empty is left out. Labels are already localized.

/// <summary>Data of cards/summary.json.</summary>
/// <param name="Title">The map, stage or lane name.</param>
/// <param name="Subtitle">What this summary is of.</param>
/// <param name="Facts">Header facts (persona, goal, last review, contributors...).</param>
/// <param name="Curve">The emotion glyphs across stages in one line; empty to leave out.</param>
/// <param name="RowsHeading">Heading of the rows (stages, or lanes at a stage).</param>
/// <param name="RowsHint">How to open a row's detail; empty when rows are not selectable.</param>
/// <param name="Rows">Stages (or lanes) in order, with their counts.</param>
/// <param name="NoRows">Said instead of the rows when there are none.</param>
/// <param name="Legend">What the kind glyphs in the rows mean; empty when no row has notes.</param>
/// <param name="PeakHeading">Heading of the peak and end callouts; empty to leave the section out.</param>
/// <param name="Peaks">Lowest point, highest point, end.</param>
/// <param name="NoPeaks">Said when there are no callouts (no emotion scores yet); may be empty.</param>
/// <param name="Lists">What works well, what doesn't, quotes, gaps, what changed.</param>
/// <param name="MapUrl">The map page; empty for no button.</param>
/// <param name="MapButton">Its button's title.</param>
/// <param name="BackCommand">The command back to the whole map's summary; empty for no button.</param>
/// <param name="BackButton">Its button's title.</param>
public sealed record SummaryCardData(
    string Title,
    string Subtitle,
    IReadOnlyList<FactData> Facts,
    string Curve,
    string RowsHeading,
    string RowsHint,
    IReadOnlyList<SummaryRowData> Rows,
    string NoRows,
    string Legend,
    string PeakHeading,
    IReadOnlyList<FactData> Peaks,
    string NoPeaks,
    IReadOnlyList<SummaryListData> Lists,
    string MapUrl,
    string MapButton,
    string BackCommand,
    string BackButton)
{
    /// <summary>The whole map's summary offers to start a review (the <c>review</c> command); empty: no button.</summary>
    public string ReviewButton { get; init; } = string.Empty;

    /// <summary>The map the card is about: its buttons act on this map, not on whichever is current when clicked.</summary>
    public string MapId { get; init; } = string.Empty;
}

/// <summary>
/// A stage (or lane) row: emotion glyph, position and name; its notes by kind; and the command that opens
/// its detail (empty: not selectable).
/// </summary>
public sealed record SummaryRowData(string Title, string Counts, string Command);

/// <summary>
/// A section of lines under a heading: an optional summary line, the items shown, how many more there are
/// (empty when none) and what to say when there are no items.
/// </summary>
public sealed record SummaryListData(string Heading, string Summary, IReadOnlyList<SummaryItemData> Items, string More, string Empty);

/// <summary>One line of a section: the text, and a subtle line under it (where, who; empty for none).</summary>
public sealed record SummaryItemData(string Text, string Detail);
