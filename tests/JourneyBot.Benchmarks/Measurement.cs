using System.Diagnostics;

namespace JourneyBot.Benchmarks;

/// <summary>Timings of one operation over repeated runs, after a warm-up.</summary>
internal sealed record Measurement(string Name, int Runs, double MedianMs, double P95Ms, double MinMs, long AllocatedBytesPerRun)
{
    /// <summary>Runs <paramref name="operation"/> <paramref name="warmup"/> times untimed, then <paramref name="runs"/> times timed.</summary>
    public static Measurement Of(string name, int runs, int warmup, Action operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        for (var i = 0; i < warmup; i++)
        {
            operation();
        }

        var times = new double[runs];
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            operation();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / Math.Max(runs, 1);
        Array.Sort(times);
        return new Measurement(name, runs, Percentile(times, 0.50), Percentile(times, 0.95), times[0], allocated);
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static double Percentile(double[] sorted, double fraction)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(fraction * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
