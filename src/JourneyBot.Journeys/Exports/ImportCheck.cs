namespace JourneyBot.Journeys.Exports;

/// <summary>
/// The outcome of checking a document: a plan when it is valid, else the first problems found and how many
/// there were in all.
/// </summary>
internal sealed record ImportCheck(ImportPlan? Plan, IReadOnlyList<ImportProblem> Problems, int ProblemCount);
