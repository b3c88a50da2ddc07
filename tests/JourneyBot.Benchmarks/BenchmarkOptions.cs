using System.Globalization;

namespace JourneyBot.Benchmarks;

/// <summary>Command-line options: <c>--sizes 10,1000,10000 --runs 30 --json path --storage "connection string"</c>.</summary>
internal sealed record BenchmarkOptions(IReadOnlyList<int> Sizes, int Runs, string? JsonPath, string? StorageConnectionString)
{
    public static BenchmarkOptions Parse(string[] args)
    {
        IReadOnlyList<int> sizes = [10, 1_000, 10_000];
        var runs = 30;
        string? json = null;
        var storage = Environment.GetEnvironmentVariable("JOURNEYBOT_TEST_STORAGE");
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--sizes":
                    sizes = value.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
                    break;
                case "--runs":
                    runs = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--json":
                    json = value;
                    break;
                case "--storage":
                    storage = value;
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}. Options: --sizes 10,1000,10000 --runs 30 --json <file> --storage <connection string>.");
            }

            i++;
        }

        return new BenchmarkOptions(sizes, runs, json, string.IsNullOrWhiteSpace(storage) ? null : storage);
    }
}
