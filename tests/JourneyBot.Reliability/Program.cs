using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using JourneyBot.Reliability;
using JourneyBot.TestSupport.Reliability;

// The reliability suite: starts Azurite, a fake connector and the real bot process on loopback, runs every
// scenario against them and prints one table. Exits 1 when any scenario saw a 5xx, lost a note or recorded
// a problem; 2 on bad arguments.
var options = SuiteOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(SuiteOptions.Usage);
    return 2;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

IReadOnlyList<IReliabilityScenario> scenarios = [.. SuiteScenarios.All().Where(s => options.Only is null || s.Name.Contains(options.Only, StringComparison.OrdinalIgnoreCase))];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"JourneyBot reliability suite ({options.Scale}): {scenarios.Count} scenarios"));

await using var environment = await SuiteEnvironment.StartAsync(cancellation.Token);
var results = new List<ScenarioResult>();
foreach (var scenario in scenarios)
{
    var tally = new ReliabilityTally();
    var clock = Stopwatch.StartNew();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"- {scenario.Name} …"));
    try
    {
        await scenario.RunAsync(environment.Target, tally, options.Scale, cancellation.Token);
    }
    catch (Exception exception) when (exception is not OperationCanceledException || !cancellation.IsCancellationRequested)
    {
        tally.Problem($"{scenario.Name} stopped: {exception.GetType().Name}: {exception.Message}");
    }

    if (environment.BotExited)
    {
        tally.Problem($"The bot process exited during {scenario.Name}.");
    }

    results.Add(new ScenarioResult(scenario.Name, tally, clock.Elapsed));
}

var report = SuiteReport.Create(options.Scale, results);
Console.WriteLine();
Console.WriteLine(report.Table());
if (options.JsonPath is not null)
{
    await File.WriteAllTextAsync(options.JsonPath, JsonSerializer.Serialize(report.Json(), new JsonSerializerOptions { WriteIndented = true }), cancellation.Token);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"JSON: {options.JsonPath}"));
}

if (!report.Passed && environment.BotOutput() is { Length: > 0 } botOutput)
{
    Console.WriteLine("Last lines of the bot's output:");
    Console.WriteLine(botOutput);
}

return report.Passed ? 0 : 1;
