namespace JourneyBot.TestSupport.Reliability;

/// <summary>
/// The baseline: a team makes a service blueprint and its members add one-line notes one after another.
/// Every note the bot confirms must be in Table Storage afterwards, once.
/// </summary>
public sealed class HappyPathScenario : IReliabilityScenario
{
    private static readonly string[] Kinds = ["red flag", "green flag", "pain", "touchpoint", "opportunity"];
    private static readonly string[] Places = ["Awareness/Customer", "Purchase/Frontstage", "Use/Backstage", "Feedback/Support processes", "Purchase/Customer"];

    /// <inheritdoc />
    public string Name => "Happy path";

    /// <inheritdoc />
    public async Task RunAsync(ReliabilityTarget target, ReliabilityTally tally, ReliabilityScale scale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(tally);
        var channel = new TeamChannel(target, tally, "happy");
        var map = await channel.CreateMapAsync("Reliability blueprint", cancellationToken);
        var run = Guid.NewGuid().ToString("N")[..8];

        var notes = scale == ReliabilityScale.Quick ? 10 : 50;
        var confirmed = 0;
        for (var i = 0; i < notes; i++)
        {
            var observation = $"{run} observation {i}";
            var turn = await channel.SayAsync($"{Kinds[i % Kinds.Length]} {Places[i % Places.Length]}: {observation}", cancellationToken, TeamChannel.User("member", i % 5));
            if (turn.ConfirmsNote(observation))
            {
                confirmed++;
            }
            else
            {
                tally.Problem($"{Name}: note {i} was not confirmed ({(int)turn.Status}): {turn.Text}");
            }
        }

        var stored = await RawTables.For(target).NotesAsync(channel.Container, map.Id, cancellationToken);
        tally.Notes(confirmed, stored.Count(row => row.GetString("Text")?.Contains(run, StringComparison.Ordinal) == true));
    }
}
