using System.Globalization;
using System.Text.Json.Nodes;

namespace JourneyBot.TestSupport.Reliability;

/// <summary>
/// The channel delivers the same activity (same id) again: one after the other, and two at the same moment;
/// one-line notes and note forms (Action.Execute). Each is stored once, and every delivery gets a non-5xx answer.
/// </summary>
public sealed class RedeliveryScenario : IReliabilityScenario
{
    /// <inheritdoc />
    public string Name => "Re-delivered activities";

    /// <inheritdoc />
    public async Task RunAsync(ReliabilityTarget target, ReliabilityTally tally, ReliabilityScale scale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(tally);
        var channel = new TeamChannel(target, tally, "redelivery");
        var map = await channel.CreateMapAsync("Redelivery map", cancellationToken);
        var stage = map.StageId("Purchase");
        var lane = map.LaneId("Backstage");
        var rounds = scale == ReliabilityScale.Quick ? 2 : 10;
        var texts = new List<string>();
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var together in new[] { false, true })
            {
                var how = together ? "at once" : "one after the other";
                var text = string.Create(CultureInfo.InvariantCulture, $"redelivered {how} #{round}");
                await DeliverTwiceAsync(channel.Message($"red flag Purchase/Backstage: {text}"), together);
                texts.Add(text);

                var formText = string.Create(CultureInfo.InvariantCulture, $"form redelivered {how} #{round}");
                await DeliverTwiceAsync(NoteForms.AsInvoke(channel.FormSubmit(map.Id, stage, lane, formText)), together);
                texts.Add(formText);
            }
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

        async Task DeliverTwiceAsync(JsonObject activity, bool together)
        {
            tally.Fault();
            var copy = activity.DeepClone().AsObject();
            var turns = together
                ? await Task.WhenAll(channel.SendAsync(activity, cancellationToken), channel.SendAsync(copy, cancellationToken))
                : [await channel.SendAsync(activity, cancellationToken), await channel.SendAsync(copy, cancellationToken)];
            if (turns.Any(t => (int)t.Status >= 300))
            {
                tally.Problem($"{Name}: a delivery of “{activity["text"]}” got {string.Join(", ", turns.Select(t => (int)t.Status))}.");
            }
        }
    }
}
