namespace JourneyBot.Journeys.Exports;

/// <summary>The JSON text to import, or the text key (and arguments) saying why there is none.</summary>
internal sealed record ImportInput(string? Json, string? ProblemKey = null, IReadOnlyList<object?>? ProblemArgs = null)
{
    public static ImportInput Problem(string key, params object?[] args) => new(null, key, args);
}
