using System.Collections.Concurrent;

namespace JourneyBot.Storage.Tables;

/// <summary>
/// A memo of point reads for one bot turn: inside it, the second and later reads of the same row return what the
/// first read found instead of asking Table Storage again. A turn reads a snapshot anyway (another turn may change a
/// row right after any read), and every write still goes through the row's ETag, which reads afresh; a write by this
/// turn forgets the row, so the turn then reads its own change. Opened by the host around each /api/messages request
/// (an <see cref="AsyncLocal{T}"/>, so background work such as the reminder dispatcher never sees it).
/// </summary>
public sealed class TurnReadCache : IDisposable
{
    private static readonly AsyncLocal<TurnReadCache?> CurrentCache = new();

    private readonly ConcurrentDictionary<(string Table, string Partition, string Row), object?> _rows = new();
    private readonly TurnReadCache? _outer;
    private bool _disposed;

    private TurnReadCache()
    {
        _outer = CurrentCache.Value;
        CurrentCache.Value = this;
    }

    /// <summary>The memo open on the current asynchronous flow, if any.</summary>
    internal static TurnReadCache? Current => CurrentCache.Value;

    /// <summary>Opens a memo for the current asynchronous flow; dispose it when the turn ends.</summary>
    public static TurnReadCache Begin() => new();

    /// <summary>What an earlier read of the row found (null: the row did not exist), if it was read in this turn.</summary>
    internal bool TryGet<T>(string table, string partition, string row, out T? value)
        where T : class
    {
        if (_rows.TryGetValue((table, partition, row), out var found))
        {
            value = (T?)found;
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>Remembers what a read of the row found.</summary>
    internal void Remember(string table, string partition, string row, object? value) => _rows[(table, partition, row)] = value;

    /// <summary>Forgets the row (it is being written).</summary>
    internal void Forget(string table, string partition, string row) => _rows.TryRemove((table, partition, row), out _);

    /// <summary>Closes the memo: later reads on this flow go to storage.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        CurrentCache.Value = _outer;
    }
}
