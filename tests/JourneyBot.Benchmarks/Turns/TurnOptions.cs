using System.Globalization;

namespace JourneyBot.Benchmarks.Turns;

/// <summary>
/// Options of the <c>turns</c> mode: <c>--quick</c>, <c>--concurrency 1,10,100</c>, <c>--turns N</c> (per
/// conversation and kind), <c>--sizes 1000,10000</c> (notes of the summarised maps), <c>--json path</c>,
/// <c>--storage "connection string"</c> (an Azurite already running; otherwise the harness starts its own).
/// </summary>
internal sealed record TurnOptions(
    IReadOnlyList<int> Concurrency,
    int TurnsPerConversation,
    IReadOnlyList<int> SummarySizes,
    bool Quick,
    string? JsonPath,
    string? StorageConnectionString)
{
    public const string Usage =
        "turns [--quick] [--concurrency 1,10,100] [--turns 6] [--sizes 1000,10000] [--json <file>] [--storage <connection string>]";

    public static TurnOptions Parse(IReadOnlyList<string> args)
    {
        var quick = args.Contains("--quick");
        IReadOnlyList<int> concurrency = quick ? [1, 10] : [1, 10, 100];
        var turns = quick ? 3 : 6;
        IReadOnlyList<int> sizes = [1_000, 10_000];
        string? json = null;
        string? storage = null;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--quick")
            {
                continue;
            }

            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value. Usage: {Usage}");
            switch (args[i])
            {
                case "--concurrency":
                    concurrency = Numbers(value);
                    break;
                case "--turns":
                    turns = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--sizes":
                    sizes = Numbers(value);
                    break;
                case "--json":
                    json = value;
                    break;
                case "--storage":
                    storage = value;
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}. Usage: {Usage}");
            }

            i++;
        }

        return new TurnOptions(concurrency, Math.Max(1, turns), sizes, quick, json, string.IsNullOrWhiteSpace(storage) ? null : storage);
    }

    private static List<int> Numbers(string value) => [.. value.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))];
}
