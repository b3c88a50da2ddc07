using System.Text;
using System.Text.RegularExpressions;

namespace JourneyBot.TestSupport.Processes;

/// <summary>
/// The last lines a child process (or any other source) wrote, kept for diagnostics. Bounded,
/// so a chatty process cannot exhaust memory; thread-safe; lets callers wait for a line.
/// </summary>
public sealed class OutputBuffer
{
    private readonly object _gate = new();
    private readonly Queue<string> _lines = new();
    private readonly List<LineWaiter> _waiters = [];
    private long _dropped;

    public OutputBuffer(int capacity = 2000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
    }

    public int Capacity { get; }

    public void Add(string line)
    {
        List<LineWaiter>? matched = null;
        lock (_gate)
        {
            _lines.Enqueue(line);
            if (_lines.Count > Capacity)
            {
                _lines.Dequeue();
                _dropped++;
            }

            foreach (var waiter in _waiters)
            {
                if (waiter.Pattern.Match(line) is { Success: true } match)
                {
                    (matched ??= []).Add(waiter);
                    waiter.Completion.TrySetResult(match);
                }
            }

            if (matched is not null)
            {
                _waiters.RemoveAll(matched.Contains);
            }
        }
    }

    /// <summary>The lines kept so far, oldest first.</summary>
    public IReadOnlyList<string> Snapshot()
    {
        lock (_gate)
        {
            return [.. _lines];
        }
    }

    /// <summary>
    /// The first kept line matching <paramref name="pattern"/>, or the first one added later.
    /// Cancel through <paramref name="cancellationToken"/>; the caller owns the timeout.
    /// </summary>
    public async Task<Match> WaitForLineAsync(Regex pattern, CancellationToken cancellationToken)
    {
        var waiter = new LineWaiter(pattern, new TaskCompletionSource<Match>(TaskCreationOptions.RunContinuationsAsynchronously));
        lock (_gate)
        {
            foreach (var line in _lines)
            {
                if (pattern.Match(line) is { Success: true } match)
                {
                    return match;
                }
            }

            _waiters.Add(waiter);
        }

        try
        {
            return await waiter.Completion.Task.WaitAsync(cancellationToken);
        }
        finally
        {
            lock (_gate)
            {
                _waiters.Remove(waiter);
            }
        }
    }

    /// <summary>The kept lines as one block of text, newest last, with a note of how many were dropped.</summary>
    public override string ToString() => Tail(Capacity);

    /// <summary>The last <paramref name="maxLines"/> lines as one block of text, with a note of how many are left out.</summary>
    public string Tail(int maxLines)
    {
        lock (_gate)
        {
            var skipped = Math.Max(0, _lines.Count - maxLines);
            var text = new StringBuilder();
            if (_dropped + skipped > 0)
            {
                text.Append("... (").Append(_dropped + skipped).AppendLine(" earlier lines left out)");
            }

            foreach (var line in _lines.Skip(skipped))
            {
                text.AppendLine(line);
            }

            return text.ToString();
        }
    }

    private sealed record LineWaiter(Regex Pattern, TaskCompletionSource<Match> Completion);
}
