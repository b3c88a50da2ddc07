using JourneyBot.TestSupport.Reliability;

namespace JourneyBot.Reliability;

/// <summary>The suite's command line.</summary>
internal sealed record SuiteOptions(ReliabilityScale Scale, string? JsonPath, string? Only)
{
    public const string Usage =
        "usage: dotnet run --project tests/JourneyBot.Reliability -c Release -- [--quick] [--json <file>] [--only <scenario>]\n" +
        "  --quick   every kind of case once with smaller counts (what the test command runs)\n" +
        "  --json    also write the figures as JSON\n" +
        "  --only    run the scenarios whose name contains this text";

    public static SuiteOptions? Parse(IReadOnlyList<string> args)
    {
        var scale = ReliabilityScale.Full;
        string? json = null;
        string? only = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--quick":
                    scale = ReliabilityScale.Quick;
                    break;
                case "--json" when i + 1 < args.Count:
                    json = args[++i];
                    break;
                case "--only" when i + 1 < args.Count:
                    only = args[++i];
                    break;
                default:
                    return null;
            }
        }

        return new SuiteOptions(scale, json, only);
    }
}
