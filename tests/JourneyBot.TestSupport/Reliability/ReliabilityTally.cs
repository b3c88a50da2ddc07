using System.Collections.Concurrent;
using System.Net;

namespace JourneyBot.TestSupport.Reliability;

/// <summary>
/// The figures a reliability run adds up, from any number of threads: requests sent and how many got a 5xx,
/// bad inputs tried, faults injected, notes expected against notes found in storage, and problems seen.
/// A run passes when there was no 5xx, every expected note is stored and no problem was recorded.
/// </summary>
public sealed class ReliabilityTally
{
    private readonly ConcurrentQueue<string> _problems = new();
    private long _requests;
    private long _serverErrors;
    private long _badInputs;
    private long _faults;
    private long _notesExpected;
    private long _notesStored;

    /// <summary>HTTP requests sent to the bot.</summary>
    public long RequestsSent => Interlocked.Read(ref _requests);

    /// <summary>Answers with a status of 500 or more (must stay 0).</summary>
    public long ServerErrors => Interlocked.Read(ref _serverErrors);

    /// <summary>Malformed, hostile or mutated inputs sent.</summary>
    public long BadInputsTried => Interlocked.Read(ref _badInputs);

    /// <summary>Faults injected: storage stopped, connector errors and time-outs, re-deliveries, double submits.</summary>
    public long FaultsInjected => Interlocked.Read(ref _faults);

    /// <summary>Notes the run's users were told were saved.</summary>
    public long NotesExpected => Interlocked.Read(ref _notesExpected);

    /// <summary>Notes found in Table Storage afterwards.</summary>
    public long NotesStored => Interlocked.Read(ref _notesStored);

    /// <summary>What went wrong, one line each.</summary>
    public IReadOnlyList<string> Problems => [.. _problems];

    /// <summary>No 5xx, every expected note stored, no problem recorded.</summary>
    public bool Passed => ServerErrors == 0 && NotesExpected == NotesStored && _problems.IsEmpty;

    /// <summary>Counts one request and its answer.</summary>
    public void Request(HttpStatusCode status)
    {
        Interlocked.Increment(ref _requests);
        if ((int)status >= 500)
        {
            Interlocked.Increment(ref _serverErrors);
        }
    }

    /// <summary>Counts bad inputs tried.</summary>
    public void BadInput(long count = 1) => Interlocked.Add(ref _badInputs, count);

    /// <summary>Counts faults injected.</summary>
    public void Fault(long count = 1) => Interlocked.Add(ref _faults, count);

    /// <summary>Adds notes expected and notes found stored (call once per map checked).</summary>
    public void Notes(long expected, long stored)
    {
        Interlocked.Add(ref _notesExpected, expected);
        Interlocked.Add(ref _notesStored, stored);
    }

    /// <summary>Records a problem; the run fails.</summary>
    public void Problem(string description) => _problems.Enqueue(description);
}
