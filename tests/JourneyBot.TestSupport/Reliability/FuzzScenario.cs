using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using JourneyBot.TestSupport.Http;
using JourneyBot.TestSupport.Transcripts;

namespace JourneyBot.TestSupport.Reliability;

/// <summary>
/// Posts thousands of random mutations of valid activities (see <see cref="ActivityMutator"/>) and checks that none
/// gets a 5xx or the generic error reply; then that storage is consistent (<see cref="StorageConsistency"/>); then that
/// a normal flow (new map, add a note, list it) still works on the same bot. Every problem names the seed, the
/// mutation's number and what was done, with the body, so <c>new FuzzScenario(seed: ...)</c> replays it.
/// </summary>
/// <param name="mutations">How many mutations to post; by default 500 (quick) or 5,000 (full).</param>
/// <param name="seed">The seed of the random mutations; by default a new one each run.</param>
public sealed class FuzzScenario(int? mutations = null, int? seed = null) : IReliabilityScenario
{
    private const int BodyShown = 2_000;

    /// <summary>The seed of the last run (also in every problem it records).</summary>
    public int Seed { get; } = seed ?? Random.Shared.Next();

    /// <summary>Mutations posted by the last run.</summary>
    public int MutationsRun { get; private set; }

    /// <inheritdoc />
    public string Name => "Fuzz";

    /// <inheritdoc />
    public async Task RunAsync(ReliabilityTarget target, ReliabilityTally tally, ReliabilityScale scale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(tally);
        var count = mutations ?? (scale == ReliabilityScale.Full ? 5_000 : 500);
        var fixture = await BadInputScenario.SetUpAsync(target, tally, cancellationToken);
        var mutator = new ActivityMutator(new Random(Seed), fixture);
        MutationsRun = 0;
        for (var i = 1; i <= count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (description, body) = mutator.Next();
            var before = target.Connector.Activities.Count;
            tally.BadInput();
            using var response = await target.PostRawAsync(body, bearer: null, tally, cancellationToken);
            MutationsRun++;
            var answer = await response.Content.ReadAsStringAsync(cancellationToken);
            var said = target.Connector.Activities.Skip(before).ToList().Text();
            if ((int)response.StatusCode >= 500)
            {
                tally.Problem(Report(i, description, body, $"answered {(int)response.StatusCode}: {answer}"));
            }
            else if (said.Contains(BadInputCorpus.GenericErrorFragment, StringComparison.OrdinalIgnoreCase)
                || answer.Contains("application/vnd.microsoft.error", StringComparison.Ordinal))
            {
                tally.Problem(Report(i, description, body, "got the generic error reply (a turn threw)"));
            }
        }

        var stored = await TableSnapshot.TakeAsync(target.StorageConnectionString, target.TablePrefix, cancellationToken);
        foreach (var problem in StorageConsistency.Check(stored))
        {
            tally.Problem($"Fuzz seed {Seed}, storage afterwards: {problem}");
        }

        await CheckNormalFlowAsync(target, tally, cancellationToken);
    }

    private async Task CheckNormalFlowAsync(ReliabilityTarget target, ReliabilityTally tally, CancellationToken cancellationToken)
    {
        var conversation = "a:fuzz-after-" + Guid.NewGuid().ToString("N")[..10];
        foreach (var text in new[] { "new map", "After the fuzz", "Buyer", "Does it still work?", "1" })
        {
            using var response = await target.PostAsync(Activities.PersonalMessage(target.ServiceUrl, conversation, text), tally, cancellationToken);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                tally.Problem($"Fuzz seed {Seed}, normal flow afterwards: “{text}” answered {(int)response.StatusCode}");
                return;
            }
        }

        var maps = await TableSnapshot.TakeAsync(target.StorageConnectionString, target.TablePrefix, cancellationToken);
        var map = maps.RowsOf("maps").FirstOrDefault(r => r["Name"] == "After the fuzz" && r["Container"]!.EndsWith(conversation, StringComparison.Ordinal));
        if (map is null)
        {
            tally.Problem($"Fuzz seed {Seed}, normal flow afterwards: “new map” stored no map");
            return;
        }

        var stage = JsonNode.Parse(map["StagesJson"]!)![0]!["id"]!.GetValue<string>();
        var lane = JsonNode.Parse(map["LanesJson"]!)![0]!["id"]!.GetValue<string>();
        var form = Activities.PersonalMessage(target.ServiceUrl, conversation, string.Empty);
        form.Remove("text");
        form["value"] = new JsonObject { ["action"] = "addNote", ["mapId"] = map["MapId"], ["kind"] = "PainPoint", ["stage"] = stage, ["lane"] = lane, ["text"] = "still works after the fuzz" };
        using (await target.PostAsync(form, tally, cancellationToken))
        {
        }

        var before = target.Connector.Activities.Count;
        using (await target.PostAsync(Activities.PersonalMessage(target.ServiceUrl, conversation, "notes"), tally, cancellationToken))
        {
        }

        var listed = target.Connector.Activities.Skip(before).ToList().Text();
        if (!listed.Contains("still works after the fuzz", StringComparison.Ordinal))
        {
            tally.Problem($"Fuzz seed {Seed}, normal flow afterwards: the new note is not listed; the bot said: {listed}");
        }
    }

    private string Report(int number, string description, byte[] body, string what)
    {
        var text = Encoding.UTF8.GetString(body);
        var shown = text.Length <= BodyShown ? text : $"{text[..BodyShown]}… ({text.Length} characters)";
        return $"Fuzz seed {Seed}, mutation {number} ({description}): {what}\n  body: {shown}";
    }
}
