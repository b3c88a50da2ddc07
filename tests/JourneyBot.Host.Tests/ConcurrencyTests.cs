using JourneyBot.Host.Tests.Support;
using JourneyBot.TestSupport.Reliability;
using Xunit.Abstractions;

namespace JourneyBot.Host.Tests;

/// <summary>Many people at once on one map, through HTTP on the real host and Azurite.</summary>
public sealed class ConcurrencyTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Fifty_people_sending_twenty_notes_each_at_once_get_a_thousand_stored_notes_and_no_lost_edits()
    {
        var events = new LogEventCounter();
        // Azurite is one single-threaded process: with a thousand turns at once its answers queue for far longer
        // than the 3 s network time-out meant for Azure (where a request answers in milliseconds), and every
        // time-out becomes a retry that queues again. This load test measures lost notes and updates, not latency.
        await using var host = await ReliabilityHost.StartAsync("crowd", dedicatedStorage: false, new Dictionary<string, string?>
        {
            ["Storage:NetworkTimeout"] = "00:01:00",
            ["Bot:Connector:AttemptTimeout"] = "00:00:30",
        }, events);
        var scenario = new ConcurrencyScenario();
        var tally = new ReliabilityTally();

        await scenario.RunAsync(host.Target, tally, ReliabilityScale.Full, CancellationToken.None);

        foreach (var problem in tally.Problems.Take(50))
        {
            output.WriteLine(problem);
        }

        output.WriteLine($"{scenario.Size.Users} × {scenario.Size.NotesEach} notes in {scenario.NotesBurst.TotalSeconds:0.0} s; requests {tally.RequestsSent}, 5xx {tally.ServerErrors}, notes {tally.NotesStored}/{tally.NotesExpected}, problems {tally.Problems.Count}");
        foreach (var (name, count) in events.Counts)
        {
            output.WriteLine($"  {name}: {count}");
        }

        Assert.Equal(1000, tally.NotesExpected);
        Assert.Equal(1000, tally.NotesStored);
        Assert.Equal(0, tally.ServerErrors);
        Assert.Empty(tally.Problems);
    }
}
