namespace JourneyBot.TestSupport.Playground;

/// <summary>
/// An append-only list that readers can wait on: the store behind what the Playground's
/// websockets deliver. Once closed (the websocket died), waits fail instead of timing out.
/// </summary>
internal sealed class AsyncAppendLog<T>
{
    private readonly object _gate = new();
    private readonly List<T> _items = [];
    private TaskCompletionSource _changed = NewSignal();
    private Exception? _closedBecause;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _items.Count;
            }
        }
    }

    public void Add(T item)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            _items.Add(item);
            changed = _changed;
            _changed = NewSignal();
        }

        changed.TrySetResult();
    }

    public void Close(Exception reason)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            _closedBecause ??= reason;
            changed = _changed;
        }

        changed.TrySetResult();
    }

    public IReadOnlyList<T> Snapshot()
    {
        lock (_gate)
        {
            return [.. _items];
        }
    }

    /// <summary>True once more than <paramref name="knownCount"/> items exist; false when <paramref name="timeout"/> passes first.</summary>
    public async Task<bool> WaitForMoreAsync(int knownCount, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Task changed;
        lock (_gate)
        {
            if (_items.Count > knownCount)
            {
                return true;
            }

            if (_closedBecause is not null)
            {
                throw new InvalidOperationException($"The Playground stream closed: {_closedBecause.Message}", _closedBecause);
            }

            changed = _changed.Task;
        }

        if (timeout <= TimeSpan.Zero)
        {
            return false;
        }

        try
        {
            await changed.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            return Count > knownCount;
        }

        return await WaitForMoreAsync(knownCount, TimeSpan.Zero, cancellationToken);
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
