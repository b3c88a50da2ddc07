using System.Globalization;
using System.Text;
using JourneyBot.TestSupport.Reliability;

namespace JourneyBot.Reliability;

/// <summary>One scenario's figures.</summary>
internal sealed record ScenarioResult(string Name, ReliabilityTally Tally, TimeSpan Elapsed);

/// <summary>The suite's table (and JSON): one row per scenario and a total.</summary>
internal sealed class SuiteReport
{
    private const int MaxProblemsShown = 15;
    private readonly ReliabilityScale _scale;
    private readonly IReadOnlyList<ScenarioResult> _results;

    private SuiteReport(ReliabilityScale scale, IReadOnlyList<ScenarioResult> results)
    {
        _scale = scale;
        _results = results;
    }

    public bool Passed => _results.Count > 0 && _results.All(r => r.Tally.Passed);

    public static SuiteReport Create(ReliabilityScale scale, IReadOnlyList<ScenarioResult> results) => new(scale, results);

    public string Table()
    {
        string[] header = ["scenario", "requests", "bad inputs", "faults", "5xx", "notes expected", "notes stored", "problems", "seconds", "result"];
        var rows = _results.Select(r => Row(r.Name, [r.Tally], r.Elapsed)).ToList();
        rows.Add(Row("total", [.. _results.Select(r => r.Tally)], TimeSpan.FromTicks(_results.Sum(r => r.Elapsed.Ticks))));
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Max(row => row[i].Length))).ToArray();

        var text = new StringBuilder();
        text.AppendLine(Line(header, widths));
        text.AppendLine(string.Join("-|-", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            text.AppendLine(Line(row, widths));
        }

        foreach (var result in _results.Where(r => r.Tally.Problems.Count > 0))
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"{result.Name}: {result.Tally.Problems.Count} problem(s)");
            foreach (var problem in result.Tally.Problems.Take(MaxProblemsShown))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  - {problem}");
            }
        }

        text.AppendLine();
        text.Append(Passed ? "PASSED: no 5xx, every confirmed note stored, no problems." : "FAILED");
        return text.ToString();
    }

    public object Json() => new
    {
        scale = _scale.ToString(),
        passed = Passed,
        scenarios = _results.Select(r => new
        {
            name = r.Name,
            requests = r.Tally.RequestsSent,
            badInputs = r.Tally.BadInputsTried,
            faults = r.Tally.FaultsInjected,
            serverErrors = r.Tally.ServerErrors,
            notesExpected = r.Tally.NotesExpected,
            notesStored = r.Tally.NotesStored,
            seconds = Math.Round(r.Elapsed.TotalSeconds, 1),
            passed = r.Tally.Passed,
            problems = r.Tally.Problems,
        }),
    };

    private static string[] Row(string name, IReadOnlyList<ReliabilityTally> tallies, TimeSpan elapsed)
    {
        static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
        var passed = tallies.All(t => t.Passed);
        return
        [
            name,
            N(tallies.Sum(t => t.RequestsSent)),
            N(tallies.Sum(t => t.BadInputsTried)),
            N(tallies.Sum(t => t.FaultsInjected)),
            N(tallies.Sum(t => t.ServerErrors)),
            N(tallies.Sum(t => t.NotesExpected)),
            N(tallies.Sum(t => t.NotesStored)),
            N(tallies.Sum(t => t.Problems.Count)),
            elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture),
            passed ? "ok" : "FAIL",
        ];
    }

    private static string Line(IReadOnlyList<string> cells, int[] widths) =>
        string.Join(" | ", cells.Select((cell, i) => i == 0 ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i])));
}
