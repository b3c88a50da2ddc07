using System.Collections.Concurrent;

namespace JourneyBot.Storage.Tables;

/// <summary>
/// Lets turns that read the same partition at the same moment share one read: a caller that finds a read of the
/// partition already under way waits for it instead of starting another. It only joins a read that began after
/// this instance last started writing to the partition, so a person who has just added a note on this instance
/// always sees it; across instances a read is as fresh as any read racing another instance's write. Ten people
/// opening the summary of one large map in a meeting then cost one read and one copy of its rows, not ten.
/// </summary>
/// <typeparam name="T">What a read returns; shared between the callers, so it must not be changed by them.</typeparam>
internal sealed class SharedReads<T>
    where T : class
{
    /// <summary>Partitions whose last write is remembered; past it the memory starts over (conservatively).</summary>
    internal const int Capacity = 50_000;

    private readonly ConcurrentDictionary<string, Flight> _flights = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _lastWrites = new(StringComparer.Ordinal);
    private long _clock;
    private long _forgottenBefore;

    /// <summary>Call before writing to <paramref name="key"/>: reads under way from now on are not joined.</summary>
    public void Writing(string key)
    {
        if (_lastWrites.Count >= Capacity)
        {
            // Forgetting which partition was written when: count every partition as written now.
            Volatile.Write(ref _forgottenBefore, Interlocked.Increment(ref _clock));
            _lastWrites.Clear();
        }

        _lastWrites[key] = Interlocked.Increment(ref _clock);
    }

    /// <summary>The result of a read of <paramref name="key"/>: one under way and fresh enough, or a new one.</summary>
    public async Task<T> ReadAsync(string key, Func<CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        var lastWrite = Math.Max(_lastWrites.GetValueOrDefault(key), Volatile.Read(ref _forgottenBefore));
        if (_flights.TryGetValue(key, out var flight) && flight.StartedAt > lastWrite)
        {
            return await flight.Result.WaitAsync(cancellationToken);
        }

        // The read is shared, so no single caller's token may cancel it for the others; the table client's own
        // time-outs bound it, and each caller stops waiting on its own token.
        var started = new Flight(Interlocked.Increment(ref _clock));
        _flights[key] = started;
        started.Run(read);
        try
        {
            return await started.Result.WaitAsync(cancellationToken);
        }
        finally
        {
            _flights.TryRemove(new KeyValuePair<string, Flight>(key, started));
        }
    }

    private sealed class Flight(long startedAt)
    {
        private readonly TaskCompletionSource<T> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public long StartedAt { get; } = startedAt;

        public Task<T> Result => _result.Task;

        public void Run(Func<CancellationToken, Task<T>> read) => _ = RunAsync(read);

        private async Task RunAsync(Func<CancellationToken, Task<T>> read)
        {
            try
            {
                _result.TrySetResult(await read(CancellationToken.None));
            }
            catch (Exception ex)
            {
                _result.TrySetException(ex);
            }
        }
    }
}
