using JourneyBot.Host.Tests.Support;
using JourneyBot.Storage.Diagnostics;
using JourneyBot.TestSupport.Reliability;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace JourneyBot.Host.Tests;

/// <summary>
/// Table transactions per turn of the kinds the turn benchmark measures (issue 7), counted by the host's own
/// counter on the real host and Azurite. Counts, not times: a change that adds a read to a hot path fails here.
/// </summary>
public sealed class TurnTransactionBudgetTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_one_line_note_costs_the_claim_the_dialog_state_one_map_query_and_the_note()
    {
        await using var host = await ReliabilityHost.StartAsync("budget", dedicatedStorage: false);
        var channel = new TeamChannel(host.Target, new ReliabilityTally(), "budget");
        await channel.CreateMapAsync("Repair visits", CancellationToken.None);

        var first = await CountAsync(host, () => channel.SayAsync("red flag Purchase/Customer: the engineer came without the part", CancellationToken.None));
        var second = await CountAsync(host, () => channel.SayAsync("green flag Use/Customer: the app shows the arrival time", CancellationToken.None));

        Assert.Equal(4, first.Work);
        Assert.Equal(4, second.Work);
        Assert.Equal(1, second.Of(TableOperationKind.Query));
        Assert.Equal(1, second.Of(TableOperationKind.Get));   // the dialog-state row only
    }

    [Fact]
    public async Task Another_persons_first_note_reads_the_selection_then_the_map()
    {
        await using var host = await ReliabilityHost.StartAsync("budget", dedicatedStorage: false);
        var channel = new TeamChannel(host.Target, new ReliabilityTally(), "budget");
        await channel.CreateMapAsync("Repair visits", CancellationToken.None);
        const string Newcomer = "29:newcomer";

        // The newcomer has no selection: the scope's only map is theirs, found by listing the maps.
        var first = await CountAsync(host, () => channel.SayAsync("red flag Purchase/Customer: no slot this week", CancellationToken.None, Newcomer));
        await channel.SayAsync("use Repair visits", CancellationToken.None, Newcomer);
        var after = await CountAsync(host, () => channel.SayAsync("red flag Use/Customer: no call before the visit", CancellationToken.None, Newcomer));

        output.WriteLine($"first {first.Work}, after choosing {after.Work}");
        Assert.True(first.Work >= 5, $"first note: {first.Work}");
        Assert.Equal(4, after.Work);
    }

    [Fact]
    public async Task A_choice_made_on_another_instance_is_seen_by_the_next_note()
    {
        await using var host = await ReliabilityHost.StartAsync("budget", dedicatedStorage: false);
        await using var other = await ReliabilityHost.StartAsync("budget", dedicatedStorage: false, new Dictionary<string, string?>
        {
            ["Storage:TablePrefix"] = host.Target.TablePrefix,
        });
        var channel = new TeamChannel(host.Target, new ReliabilityTally(), "budget");
        await channel.CreateMapAsync("Repair visits", CancellationToken.None);
        var sameTeamElsewhere = channel.On(other.Target);
        await sameTeamElsewhere.CreateMapAsync("Installations", CancellationToken.None);   // now current, chosen on the other instance

        var turn = await channel.SayAsync("red flag Purchase/Customer: quote took a week", CancellationToken.None);

        Assert.True(turn.ConfirmsNote("quote took a week"), turn.Text);
        var installations = await JourneyBot.TestSupport.Reliability.RawTables.For(host.Target).MapNamedAsync(channel.Container, "Installations", CancellationToken.None);
        var raw = await JourneyBot.TestSupport.Reliability.RawTables.For(host.Target).NotesAsync(channel.Container, installations!.Id, CancellationToken.None);
        Assert.Contains(raw, n => n.GetString("Text") == "quote took a week");
    }

    [Fact]
    public async Task Dialog_answers_cost_the_claim_and_reading_and_saving_the_dialog_state()
    {
        await using var host = await ReliabilityHost.StartAsync("budget", dedicatedStorage: false);
        var channel = new TeamChannel(host.Target, new ReliabilityTally(), "budget");
        await channel.CreateMapAsync("Repair visits", CancellationToken.None);
        await channel.SayAsync("new map", CancellationToken.None);

        var name = await CountAsync(host, () => channel.SayAsync("Installations", CancellationToken.None));
        var persona = await CountAsync(host, () => channel.SayAsync("Home owner", CancellationToken.None));
        var goal = await CountAsync(host, () => channel.SayAsync("Why do installs slip?", CancellationToken.None));

        output.WriteLine($"name {name.Work}, persona {persona.Work}, goal {goal.Work}");
        Assert.Equal(3, name.Work);
        Assert.Equal(3, persona.Work);
        Assert.Equal(3, goal.Work);
    }

    [Fact]
    public async Task A_taken_name_is_still_refused_without_reading_the_maps_again()
    {
        await using var host = await ReliabilityHost.StartAsync("budget", dedicatedStorage: false);
        var channel = new TeamChannel(host.Target, new ReliabilityTally(), "budget");
        await channel.CreateMapAsync("Repair visits", CancellationToken.None);
        await channel.SayAsync("new map", CancellationToken.None);

        TeamChannel.Turn? refused = null;
        var taken = await CountAsync(host, async () => refused = await channel.SayAsync("repair VISITS", CancellationToken.None));

        Assert.Contains("There is already a map called", refused!.Text, StringComparison.Ordinal);
        Assert.Equal(0, taken.Of(TableOperationKind.Query));
    }

    [Fact]
    public async Task A_note_form_submit_costs_the_claim_the_map_and_the_note()
    {
        await using var host = await ReliabilityHost.StartAsync("budget", dedicatedStorage: false);
        var channel = new TeamChannel(host.Target, new ReliabilityTally(), "budget");
        var map = await channel.CreateMapAsync("Repair visits", CancellationToken.None);

        var submit = await CountAsync(host, () => channel.SendAsync(channel.FormSubmit(map.Id, map.Stages[2].Id, map.Lanes[1].Id, "no slot this week"), CancellationToken.None));

        output.WriteLine($"card submit {submit.Work}");
        Assert.True(submit.Work <= 3, $"card submit: {submit.Work}");
    }

    /// <summary>A turn's transactions, less creating a table (each table is created once per process, on first use).</summary>
    private sealed record Counted(TableTransactionSnapshot During)
    {
        public long Work => During.InTurn - During.Of(TableOperationKind.Table);

        public long Of(TableOperationKind kind) => During.Of(kind);
    }

    private async Task<Counted> CountAsync<T>(ReliabilityHost host, Func<Task<T>> turn)
    {
        var counter = host.Host.Services.GetRequiredService<TableTransactionCounter>();
        var before = counter.Snapshot();
        await turn();
        var during = counter.Snapshot().Since(before);
        Assert.Equal(1, during.Turns);
        foreach (var tally in during.Tallies.Where(t => t.InTurn > 0))
        {
            output.WriteLine($"  {tally.Table} {tally.Operation}: {tally.InTurn}");
        }

        return new Counted(during);
    }
}
