namespace JourneyBot.Journeys.Summaries;

/// <summary>
/// How much of a map a summary shows. A card must stay under the 28 KB limit whatever the map holds, so
/// the card is built at the first of <see cref="Levels"/> that fits: each shows less (shorter names and
/// texts, fewer items) but stays readable.
/// </summary>
/// <param name="NameLength">Longest stage, lane or person name shown.</param>
/// <param name="TextLength">Longest note text shown.</param>
/// <param name="DescriptionLength">Longest persona or goal shown.</param>
/// <param name="Items">Notes shown under what works well and what doesn't.</param>
/// <param name="Quotes">Quotes shown in a stage or lane detail.</param>
/// <param name="Changes">Most recent changes shown.</param>
/// <param name="Names">Names listed in one gap line before "and N more".</param>
/// <param name="CommandsByName">Rows open their detail by name (<c>summary Purchase</c>); otherwise by position (<c>summary 3</c>), which is shorter.</param>
/// <param name="RowCommands">Rows can be selected at all.</param>
public sealed record SummaryLimits(
    int NameLength,
    int TextLength,
    int DescriptionLength,
    int Items,
    int Quotes,
    int Changes,
    int Names,
    bool CommandsByName,
    bool RowCommands)
{
    /// <summary>Most to least detailed; the first is what a typical map gets, and the text summary.</summary>
    public static IReadOnlyList<SummaryLimits> Levels { get; } =
    [
        new(NameLength: 60, TextLength: 140, DescriptionLength: 200, Items: 5, Quotes: 3, Changes: 5, Names: 8, CommandsByName: true, RowCommands: true),
        new(NameLength: 40, TextLength: 100, DescriptionLength: 120, Items: 5, Quotes: 2, Changes: 3, Names: 5, CommandsByName: false, RowCommands: true),
        new(NameLength: 24, TextLength: 70, DescriptionLength: 80, Items: 3, Quotes: 1, Changes: 3, Names: 4, CommandsByName: false, RowCommands: true),
        new(NameLength: 16, TextLength: 50, DescriptionLength: 60, Items: 3, Quotes: 1, Changes: 2, Names: 3, CommandsByName: false, RowCommands: true),
        new(NameLength: 12, TextLength: 40, DescriptionLength: 40, Items: 3, Quotes: 0, Changes: 0, Names: 3, CommandsByName: false, RowCommands: false),
    ];
}
