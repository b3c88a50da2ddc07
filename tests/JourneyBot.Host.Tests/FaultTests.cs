using JourneyBot.Host.Tests.Support;
using JourneyBot.TestSupport.Reliability;
using Xunit.Abstractions;

namespace JourneyBot.Host.Tests;

/// <summary>Faults through HTTP on the real host: storage stopped mid-use, a failing connector, re-delivered activities.</summary>
public sealed class FaultTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Storage_stopped_mid_use_tells_people_the_note_was_not_saved_and_the_same_host_recovers()
    {
        await using var host = await ReliabilityHost.StartAsync("outage", dedicatedStorage: true);
        var scenario = new StorageOutageScenario();
        var tally = new ReliabilityTally();

        await scenario.RunAsync(host.Target, tally, ReliabilityScale.Quick, CancellationToken.None);

        output.WriteLine($"slowest answer while storage was away: {scenario.SlowestOutageAnswer.TotalSeconds:0.0} s");
        AssertPassed(tally);
        Assert.True(tally.FaultsInjected > 0);
    }

    [Fact]
    public async Task Connector_errors_and_time_outs_are_retried_a_bounded_number_of_times_and_each_note_is_stored_once()
    {
        await using var host = await ReliabilityHost.StartAsync("connector", dedicatedStorage: false);
        var scenario = new ConnectorFaultScenario();
        var tally = new ReliabilityTally();

        await scenario.RunAsync(host.Target, tally, ReliabilityScale.Quick, CancellationToken.None);

        output.WriteLine($"failed reply calls: {scenario.FailedReplyCalls}");
        AssertPassed(tally);
        Assert.Equal(4, tally.NotesExpected);
    }

    [Fact]
    public async Task Re_delivered_activities_one_after_the_other_and_at_once_store_one_note_each()
    {
        await using var host = await ReliabilityHost.StartAsync("redelivery", dedicatedStorage: false);
        var tally = new ReliabilityTally();

        await new RedeliveryScenario().RunAsync(host.Target, tally, ReliabilityScale.Quick, CancellationToken.None);

        AssertPassed(tally);
        Assert.Equal(8, tally.NotesExpected);
    }

    private void AssertPassed(ReliabilityTally tally)
    {
        foreach (var problem in tally.Problems)
        {
            output.WriteLine(problem);
        }

        output.WriteLine($"requests {tally.RequestsSent}, 5xx {tally.ServerErrors}, faults {tally.FaultsInjected}, notes {tally.NotesStored}/{tally.NotesExpected}");
        Assert.Empty(tally.Problems);
        Assert.Equal(0, tally.ServerErrors);
        Assert.Equal(tally.NotesExpected, tally.NotesStored);
    }
}
