namespace JourneyBot.TestSupport.Reliability;

/// <summary>How much of a scenario to run: the test command's short pass, or the full suite.</summary>
public enum ReliabilityScale
{
    /// <summary>Every kind of case once, fewer repetitions (part of the test command).</summary>
    Quick,

    /// <summary>The full counts the issue asks for.</summary>
    Full,
}

/// <summary>
/// One part of the reliability suite (bad inputs, fuzz, faults, concurrency). xunit tests and the suite's
/// console runner drive the same scenarios; each adds its figures to the tally and records problems there
/// instead of throwing.
/// </summary>
public interface IReliabilityScenario
{
    /// <summary>The row name in the suite's table.</summary>
    string Name { get; }

    /// <summary>Runs the scenario against <paramref name="target"/>.</summary>
    Task RunAsync(ReliabilityTarget target, ReliabilityTally tally, ReliabilityScale scale, CancellationToken cancellationToken);
}
