using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace JourneyBot.Storage.Diagnostics;

/// <summary>
/// Counts the process's Table Storage transactions: every HTTP request the table clients send, retries
/// included, is one transaction, and so is an entity group transaction (one <c>$batch</c> request, however
/// many operations it holds). Counted by table and <see cref="TableOperationKind"/>, split into those made
/// inside a <see cref="TableTransactionScope"/> (a bot turn) and those made outside one (background work).
/// Also published on the meter <see cref="MeterName"/> as the counter <see cref="TransactionsInstrument"/>
/// (tags <c>operation</c>, <c>table</c>, <c>scope</c> = <c>turn</c> | <c>background</c>) and the histogram
/// <see cref="TurnTransactionsInstrument"/> (transactions per turn), for an OpenTelemetry exporter to pick up.
/// </summary>
public sealed class TableTransactionCounter
{
    /// <summary>The name of the meter the counts are published on.</summary>
    public const string MeterName = "JourneyBot.Storage";

    /// <summary>The counter of table transactions.</summary>
    public const string TransactionsInstrument = "journeybot.storage.table.transactions";

    /// <summary>The histogram of table transactions per turn.</summary>
    public const string TurnTransactionsInstrument = "journeybot.storage.turn.transactions";

    internal const int KindCount = (int)TableOperationKind.Other + 1;

    private static readonly string[] KindNames = ["get", "query", "insert", "update", "delete", "batch", "table", "other"];

    private readonly Counter<long> _transactions;
    private readonly Histogram<int> _perTurn;
    private readonly ConcurrentDictionary<string, TableTally> _tables = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TableTally>.AlternateLookup<ReadOnlySpan<char>> _tablesBySpan;
    private long _turns;

    /// <summary>Creates the counter and its instruments on a meter from <paramref name="meterFactory"/>.</summary>
    public TableTransactionCounter(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _transactions = meter.CreateCounter<long>(TransactionsInstrument, "{transaction}", "Requests sent to the table service; each is one billed transaction.");
        _perTurn = meter.CreateHistogram<int>(TurnTransactionsInstrument, "{transaction}", "Table transactions made by one bot turn.");
        _tablesBySpan = _tables.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The name of an operation kind as it appears in snapshots and metric tags.</summary>
    public static string NameOf(TableOperationKind kind) => KindNames[(int)kind];

    /// <summary>Opens a scope on the current asynchronous flow; dispose it when the turn ends.</summary>
    public TableTransactionScope BeginTurn() => new(this);

    /// <summary>Everything counted since the process started.</summary>
    public TableTransactionSnapshot Snapshot()
    {
        var tallies = new List<TableTransactionTally>();
        foreach (var (name, tally) in _tables)
        {
            for (var k = 0; k < KindCount; k++)
            {
                var inTurn = Interlocked.Read(ref tally.InTurn[k]);
                var background = Interlocked.Read(ref tally.Background[k]);
                if (inTurn + background > 0)
                {
                    tallies.Add(new TableTransactionTally(name, KindNames[k], inTurn, background));
                }
            }
        }

        tallies.Sort((a, b) => (string.CompareOrdinal(a.Table, b.Table), string.CompareOrdinal(a.Operation, b.Operation)) switch
        {
            (0, var byOperation) => byOperation,
            (var byTable, _) => byTable,
        });
        return new TableTransactionSnapshot(Interlocked.Read(ref _turns), tallies);
    }

    /// <summary>Counts one request to <paramref name="table"/> (the table's full name, or <c>$batch</c> / <c>Tables</c>).</summary>
    internal void Record(TableOperationKind kind, ReadOnlySpan<char> table)
    {
        if (!_tablesBySpan.TryGetValue(table, out var tally))
        {
            // Once per table name in the life of the process.
            tally = _tables.GetOrAdd(table.ToString(), static name => new TableTally(name));
        }

        var scope = TableTransactionScope.Current;
        var k = (int)kind;
        if (scope is null)
        {
            Interlocked.Increment(ref tally.Background[k]);
        }
        else
        {
            scope.Add(kind);
            Interlocked.Increment(ref tally.InTurn[k]);
        }

        if (_transactions.Enabled)
        {
            _transactions.Add(
                1,
                new KeyValuePair<string, object?>("operation", KindNames[k]),
                new KeyValuePair<string, object?>("table", tally.Name),
                new KeyValuePair<string, object?>("scope", scope is null ? "background" : "turn"));
        }
    }

    internal void TurnEnded(TableTransactionScope scope)
    {
        Interlocked.Increment(ref _turns);
        _perTurn.Record(scope.Total);
    }

    private sealed class TableTally(string name)
    {
        public readonly long[] InTurn = new long[KindCount];
        public readonly long[] Background = new long[KindCount];

        public string Name => name;
    }
}

/// <summary>Transactions on one table of one kind: made in turns, and outside any turn.</summary>
/// <param name="Table">The table's full name (with the prefix); <c>$batch</c> for entity group transactions, <c>Tables</c> for table management.</param>
/// <param name="Operation">The <see cref="TableOperationKind"/>, lower case.</param>
/// <param name="InTurn">Made inside a <see cref="TableTransactionScope"/>.</param>
/// <param name="Background">Made outside any scope.</param>
public sealed record TableTransactionTally(string Table, string Operation, long InTurn, long Background);

/// <summary>The counts at one moment: turns ended so far and every non-zero tally.</summary>
/// <param name="Turns">Scopes (turns) ended so far.</param>
/// <param name="Tallies">Non-zero counts by table and operation, ordered by table then operation.</param>
public sealed record TableTransactionSnapshot(long Turns, IReadOnlyList<TableTransactionTally> Tallies)
{
    /// <summary>All transactions.</summary>
    public long Total => InTurn + Background;

    /// <summary>Transactions made in turns.</summary>
    public long InTurn => Tallies.Sum(t => t.InTurn);

    /// <summary>Transactions made outside any turn.</summary>
    public long Background => Tallies.Sum(t => t.Background);

    /// <summary>All transactions of one kind.</summary>
    public long Of(TableOperationKind kind) => Tallies.Where(t => t.Operation == TableTransactionCounter.NameOf(kind)).Sum(t => t.InTurn + t.Background);

    /// <summary>What was counted after <paramref name="earlier"/> was taken.</summary>
    public TableTransactionSnapshot Since(TableTransactionSnapshot earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        var before = earlier.Tallies.ToDictionary(t => (t.Table, t.Operation));
        var tallies = Tallies
            .Select(t => before.TryGetValue((t.Table, t.Operation), out var b) ? t with { InTurn = t.InTurn - b.InTurn, Background = t.Background - b.Background } : t)
            .Where(t => t.InTurn != 0 || t.Background != 0)
            .ToList();
        return new TableTransactionSnapshot(Turns - earlier.Turns, tallies);
    }
}
