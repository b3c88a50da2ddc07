namespace JourneyBot.TestSupport.Processes;

/// <summary>How to start a <see cref="ChildProcess"/>.</summary>
/// <param name="Name">A short name for diagnostics ("bot", "playground").</param>
/// <param name="FileName">The executable, looked up on PATH when not a path.</param>
/// <param name="Arguments">Arguments, passed as a list: no shell quoting.</param>
public sealed record ChildProcessOptions(string Name, string FileName, IReadOnlyList<string> Arguments)
{
    /// <summary>Working directory; the current one when null.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Variables to set in the child's environment; a null value removes the variable.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>How many lines of stdout and stderr to keep for diagnostics.</summary>
    public int OutputCapacity { get; init; } = 2000;
}
