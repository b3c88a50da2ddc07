namespace JourneyBot.Journeys.Exports;

/// <summary>
/// One thing wrong with an imported document: where (a JSON path such as <c>notes[3].score</c>), and the text
/// key saying what, whose first placeholder is the path and the rest <see cref="Args"/>.
/// </summary>
internal sealed record ImportProblem(string Path, string Key, IReadOnlyList<object?> Args);
