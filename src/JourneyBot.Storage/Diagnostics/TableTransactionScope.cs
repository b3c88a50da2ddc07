namespace JourneyBot.Storage.Diagnostics;

/// <summary>
/// Attributes table transactions to a unit of work, a bot turn: while a scope is open on the current
/// asynchronous flow, every request <see cref="TableTransactionPolicy"/> counts on that flow is also
/// counted here. Work that runs outside any scope (the reminder dispatcher, start-up) is counted as
/// background. Open one with <see cref="TableTransactionCounter.BeginTurn"/>.
/// </summary>
public sealed class TableTransactionScope : IDisposable
{
    private static readonly AsyncLocal<TableTransactionScope?> CurrentScope = new();

    private readonly TableTransactionCounter _counter;
    private readonly TableTransactionScope? _outer;
    private readonly int[] _byKind = new int[TableTransactionCounter.KindCount];
    private int _total;
    private bool _disposed;

    internal TableTransactionScope(TableTransactionCounter counter)
    {
        _counter = counter;
        _outer = CurrentScope.Value;
        CurrentScope.Value = this;
    }

    /// <summary>The scope open on the current asynchronous flow, if any.</summary>
    public static TableTransactionScope? Current => CurrentScope.Value;

    /// <summary>Transactions counted in this scope so far.</summary>
    public int Total => Volatile.Read(ref _total);

    /// <summary>Transactions of one kind counted in this scope so far.</summary>
    public int Of(TableOperationKind kind) => Volatile.Read(ref _byKind[(int)kind]);

    /// <summary>Closes the scope: later requests on this flow are no longer counted in it.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (CurrentScope.Value == this)
        {
            CurrentScope.Value = _outer;
        }

        _counter.TurnEnded(this);
    }

    internal void Add(TableOperationKind kind)
    {
        Interlocked.Increment(ref _byKind[(int)kind]);
        Interlocked.Increment(ref _total);
    }
}
