using System.Globalization;
using System.Text;

namespace JourneyBot.Benchmarks.Turns;

/// <summary>Latencies of one kind of timed work at one concurrency.</summary>
internal sealed record LatencyFigures(int Count, double P50Ms, double P95Ms, double P99Ms, double MeanMs, double PerSecond)
{
    public static LatencyFigures Of(IReadOnlyCollection<double> milliseconds, TimeSpan wallClock)
    {
        var sorted = milliseconds.Order().ToArray();
        return new LatencyFigures(
            sorted.Length,
            Measurement.Percentile(sorted, 0.50),
            Measurement.Percentile(sorted, 0.95),
            Measurement.Percentile(sorted, 0.99),
            sorted.Length == 0 ? double.NaN : sorted.Average(),
            wallClock > TimeSpan.Zero ? sorted.Length / wallClock.TotalSeconds : double.NaN);
    }
}

/// <summary>Table transactions per turn on one table of one kind (the table without the run's prefix).</summary>
internal sealed record TransactionShare(string Table, string Operation, double PerTurn);

/// <summary>
/// The figures of one turn kind at one concurrency: the turns' latencies, their table transactions, the bare
/// storage calls of the same mix timed at the same concurrency (the floor), and the ratio of the two.
/// </summary>
internal sealed record KindResult(
    string Kind,
    int Conversations,
    LatencyFigures Turns,
    int Errors,
    double TransactionsPerTurn,
    double BackgroundTransactions,
    IReadOnlyList<TransactionShare> Transactions,
    string FloorMix,
    LatencyFigures Floor,
    double PeakWorkingSetMb)
{
    public double RatioP50 => Turns.P50Ms / Floor.P50Ms;

    public double RatioP95 => Turns.P95Ms / Floor.P95Ms;
}

/// <summary>The bot process's working set during one concurrency level.</summary>
internal sealed record MemoryFigures(int Conversations, double PeakWorkingSetMb, double EndWorkingSetMb);

/// <summary>Everything one run measured.</summary>
internal sealed record TurnReport(
    string Machine,
    int TurnsPerConversation,
    IReadOnlyList<KindResult> Results,
    IReadOnlyList<MemoryFigures> Memory,
    double ProcessPeakWorkingSetMb,
    IReadOnlyDictionary<string, double> SummaryCardKb)
{
    public string Table()
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine("| kind | conv. | turns | p50 ms | p95 ms | p99 ms | turns/s | tx/turn | floor p50 / p95 ms | ratio p50 / p95 | failed | bot WS MB |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in Results)
        {
            text.AppendLine(string.Create(c, $"| {r.Kind} | {r.Conversations} | {r.Turns.Count} | {r.Turns.P50Ms:F1} | {r.Turns.P95Ms:F1} | {r.Turns.P99Ms:F1} | {r.Turns.PerSecond:F1} | {r.TransactionsPerTurn:F2} | {r.Floor.P50Ms:F1} / {r.Floor.P95Ms:F1} | {r.RatioP50:F2} / {r.RatioP95:F2} | {r.Errors} | {r.PeakWorkingSetMb:F0} |"));
        }

        text.AppendLine();
        text.AppendLine("Table transactions per turn, by table and operation (first concurrency level of each kind):");
        foreach (var group in Results.GroupBy(r => r.Kind))
        {
            var first = group.First();
            var shares = string.Join(", ", first.Transactions.Select(t => string.Create(c, $"{t.Table} {t.Operation} {t.PerTurn:0.##}")));
            text.AppendLine(string.Create(c, $"- {first.Kind}: {first.TransactionsPerTurn:0.##} = {shares}; floor mix: {first.FloorMix}"));
        }

        text.AppendLine();
        text.AppendLine("Bot working set (MB), peak sampled during each level / at its end:");
        foreach (var m in Memory)
        {
            text.AppendLine(string.Create(c, $"- {m.Conversations} conversations: {m.PeakWorkingSetMb:F0} / {m.EndWorkingSetMb:F0}"));
        }

        text.AppendLine(string.Create(c, $"- process peak (VmHWM) over the whole run: {ProcessPeakWorkingSetMb:F0}"));
        foreach (var (kind, kb) in SummaryCardKb)
        {
            text.AppendLine(string.Create(c, $"- {kind}: card {kb:F1} KB"));
        }

        return text.ToString();
    }
}
