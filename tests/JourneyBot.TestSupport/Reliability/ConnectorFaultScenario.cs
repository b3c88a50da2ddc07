using System.Globalization;
using JourneyBot.TestSupport.Connector;

namespace JourneyBot.TestSupport.Reliability;

/// <summary>
/// The connector fails while the bot answers one-line notes: 503s until the bot gives up, 429 with Retry-After
/// (then accepted), a plain 500, and answers slower than the client's time-out. Every turn answers the channel
/// without a 5xx, the failing reply is tried a bounded number of times (more than once where worth it), and
/// every note is stored exactly once, confirmed or not. The target's host must time connector calls out sooner
/// than <see cref="SlowAnswer"/> (e.g. <c>Bot:Connector:AttemptTimeout</c> = 1 s).
/// </summary>
public sealed class ConnectorFaultScenario : IReliabilityScenario
{
    /// <summary>How long the fake connector holds a reply in the time-out case.</summary>
    public static readonly TimeSpan SlowAnswer = TimeSpan.FromSeconds(5);

    // More than any sane retry count: whatever the client does not use is cleared after the case.
    private const int Plenty = 12;

    /// <inheritdoc />
    public string Name => "Connector faults";

    /// <summary>Connector calls made for replies that failed (for the report).</summary>
    public int FailedReplyCalls { get; private set; }

    /// <inheritdoc />
    public async Task RunAsync(ReliabilityTarget target, ReliabilityTally tally, ReliabilityScale scale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(tally);
        var channel = new TeamChannel(target, tally, "connector");
        var map = await channel.CreateMapAsync("Connector faults map", cancellationToken);
        var connector = target.Connector;
        var rounds = scale == ReliabilityScale.Quick ? 1 : 3;
        var texts = new List<string>();
        for (var round = 1; round <= rounds; round++)
        {
            await CaseAsync("503 until the bot gives up", () => connector.FailNext(Plenty, 503), expectRetries: true, expectDelivered: false);
            await CaseAsync("429 twice with Retry-After", () => connector.FailNext(2, 429, retryAfter: "1"), expectRetries: true, expectDelivered: true);
            await CaseAsync("one 500", () => connector.FailNext(1, 500), expectRetries: false, expectDelivered: false);
            await CaseAsync("slower than the time-out", () => connector.RespondNext(Plenty, new ScriptedResponse(200) { Delay = SlowAnswer }), expectRetries: true, expectDelivered: false);
        }

        var rows = await RawTables.For(target).NotesAsync(channel.Container, map.Id, cancellationToken);
        var stored = 0;
        foreach (var text in texts)
        {
            var copies = rows.Count(r => r.GetString("Text") == text);
            stored += Math.Min(copies, 1);
            if (copies != 1)
            {
                tally.Problem($"{Name}: note “{text}” is stored {copies} times.");
            }
        }

        tally.Notes(texts.Count, stored);

        async Task CaseAsync(string fault, Action inject, bool expectRetries, bool expectDelivered)
        {
            var text = string.Create(CultureInfo.InvariantCulture, $"connector {fault} #{texts.Count + 1}");
            texts.Add(text);
            var activity = channel.Message($"red flag Purchase/Backstage: {text}");
            var id = activity["id"]!.GetValue<string>();
            inject();
            tally.Fault();
            var turn = await channel.SendAsync(activity, cancellationToken);
            var mine = connector.Calls.Where(c => c.Activity?.ReplyToId == id).ToList();
            connector.Clear();
            if ((int)turn.Status >= 300)
            {
                tally.Problem($"{Name}: {fault}: the channel got {(int)turn.Status}.");
            }

            var calls = (Total: mine.Count, Failed: mine.Count(c => !c.Succeeded), Delivered: mine.Any(c => c.Succeeded));
            FailedReplyCalls += calls.Failed;
            if (expectRetries && calls.Total < 2)
            {
                tally.Problem($"{Name}: {fault}: the reply was tried {calls.Total} time(s), not retried.");
            }

            if (calls.Total > Plenty)
            {
                tally.Problem($"{Name}: {fault}: the reply was tried {calls.Total} times (unbounded).");
            }

            if (!expectRetries && calls.Total != 1)
            {
                tally.Problem($"{Name}: {fault}: a non-transient failure was tried {calls.Total} times.");
            }

            if (expectDelivered != calls.Delivered)
            {
                tally.Problem($"{Name}: {fault}: the confirmation was {(calls.Delivered ? string.Empty : "not ")}delivered.");
            }
        }
    }
}
