using JourneyBot.Host.Tests.Support;
using JourneyBot.TestSupport.Reliability;
using Xunit.Abstractions;

namespace JourneyBot.Host.Tests;

/// <summary>Random mutations of valid activities against the real host: no 5xx, storage consistent, and the bot still works.</summary>
public sealed class FuzzTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Mutations = 2_000;
    private ReliabilityHost _host = null!;

    public async Task InitializeAsync() => _host = await ReliabilityHost.StartAsync("fuzz", dedicatedStorage: false);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Mutated_activities_get_no_5xx_and_leave_storage_consistent()
    {
        var fuzz = new FuzzScenario(Mutations);
        var tally = new ReliabilityTally();
        output.WriteLine($"Fuzz seed {fuzz.Seed} (replay with new FuzzScenario({Mutations}, seed: {fuzz.Seed}))");

        await fuzz.RunAsync(_host.Target, tally, ReliabilityScale.Quick, CancellationToken.None);

        output.WriteLine($"{fuzz.MutationsRun} mutations, {tally.RequestsSent} requests, {tally.ServerErrors} 5xx, {tally.Problems.Count} problems");
        Assert.True(tally.Passed, $"Fuzz seed {fuzz.Seed}:\n" + string.Join("\n", tally.Problems.Take(20)));
        Assert.Equal(Mutations, fuzz.MutationsRun);
    }
}
