using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using JourneyBot.BotKit.Schema;
using JourneyBot.TestSupport.Http;
using JourneyBot.TestSupport.Transcripts;

namespace JourneyBot.TestSupport.Reliability;

/// <summary>
/// Posts every case of <see cref="BadInputCorpus"/> to the bot and checks each outcome: the expected 4xx with a
/// reason, or a 200 with a specific reply; never a 5xx or the generic "something went wrong" reply; and only the
/// expected rows changed in Table Storage. Ends with a consistency check of everything stored.
/// </summary>
public sealed class BadInputScenario : IReliabilityScenario
{
    /// <inheritdoc />
    public string Name => "Bad input";

    /// <inheritdoc />
    public async Task RunAsync(ReliabilityTarget target, ReliabilityTally tally, ReliabilityScale scale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(tally);
        var fixture = await SetUpAsync(target, tally, cancellationToken);

        // Every case is cheap and the corpus is what the issue asks for, so both scales run all of it.
        foreach (var badInput in BadInputCorpus.All)
        {
            foreach (var problem in await RunCaseAsync(target, fixture, badInput, tally, cancellationToken))
            {
                tally.Problem($"{Name} “{badInput.Name}”: {problem}");
            }
        }

        var stored = await TableSnapshot.TakeAsync(target.StorageConnectionString, target.TablePrefix, cancellationToken);
        foreach (var problem in StorageConsistency.Check(stored))
        {
            tally.Problem($"{Name}, storage afterwards: {problem}");
        }
    }

    /// <summary>
    /// Makes the maps the corpus aims at: the user's own (a service blueprint), another team's with one note, and a
    /// third conversation's deleted map.
    /// </summary>
    public static async Task<BadInputFixture> SetUpAsync(ReliabilityTarget target, ReliabilityTally tally, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var run = Guid.NewGuid().ToString("N")[..10];
        var own = $"a:badinput-{run}";
        var other = $"a:badinput-other-{run}";
        var gone = $"a:badinput-gone-{run}";

        await SayAsync(target, tally, own, cancellationToken, "new map", "Bad input base", "Facilities manager", "Where do repair visits fail?", "3");
        await SayAsync(target, tally, other, cancellationToken, "new map", "Other team map", "Buyer", "Why churn?", "1");
        await SayAsync(target, tally, gone, cancellationToken, "new map", "Doomed map", "Nobody", "None", "4", "delete map", "yes");

        var snapshot = await TableSnapshot.TakeAsync(target.StorageConnectionString, target.TablePrefix, cancellationToken);
        var ownMap = MapRow(snapshot, own, "Bad input base");
        var otherMap = MapRow(snapshot, other, "Other team map");
        var goneMap = MapRow(snapshot, gone, "Doomed map");
        var stages = Places(ownMap, "StagesJson");
        var lanes = Places(ownMap, "LanesJson");
        var otherStages = Places(otherMap, "StagesJson");
        var otherLanes = Places(otherMap, "LanesJson");

        var form = Activities.PersonalMessage(target.ServiceUrl, other, string.Empty);
        form.Remove("text");
        form["value"] = new JsonObject
        {
            ["action"] = "addNote",
            ["mapId"] = otherMap["MapId"],
            ["kind"] = "PainPoint",
            ["stage"] = otherStages[0].Id,
            ["lane"] = otherLanes[0].Id,
            ["text"] = "the other team's note",
        };
        using (var response = await target.PostAsync(form, tally, cancellationToken))
        {
            EnsureOk(response, "the other team's note");
        }

        var notes = await TableSnapshot.TakeAsync(target.StorageConnectionString, target.TablePrefix, cancellationToken);
        var otherNote = notes.RowsOf("notes").Single(r => r["MapId"] == otherMap["MapId"] && r["Text"] == "the other team's note");

        return new BadInputFixture(
            target.ServiceUrl,
            own,
            ownMap["MapId"]!,
            [.. stages.Select(s => s.Id)],
            [.. stages.Select(s => s.Name)],
            [.. lanes.Select(l => l.Id)],
            [.. lanes.Select(l => l.Name)],
            other,
            otherMap["MapId"]!,
            otherStages[0].Id,
            otherLanes[0].Id,
            otherNote["NoteId"]!,
            gone,
            goneMap["MapId"]!);
    }

    /// <summary>Runs one case against the bot; returns what went wrong (empty when it got what it must).</summary>
    public static async Task<IReadOnlyList<string>> RunCaseAsync(
        ReliabilityTarget target,
        BadInputFixture fixture,
        BadInputCase badInput,
        ReliabilityTally tally,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(fixture);
        ArgumentNullException.ThrowIfNull(badInput);
        ArgumentNullException.ThrowIfNull(tally);
        var problems = new List<string>();
        var before = await TableSnapshot.TakeAsync(target.StorageConnectionString, target.TablePrefix, cancellationToken);
        var callsBefore = target.Connector.Calls.Count;
        var activitiesBefore = target.Connector.Activities.Count;

        HttpStatusCode status = 0;
        var body = string.Empty;
        var invokeAnswers = new List<string>();
        foreach (var request in badInput.Requests(fixture))
        {
            tally.BadInput();
            using var response = await target.PostRawAsync(request.Body, Bearer(target, request.Body), tally, cancellationToken);
            status = response.StatusCode;
            body = await response.Content.ReadAsStringAsync(cancellationToken);
            if ((int)status >= 500)
            {
                problems.Add($"answered {(int)status}: {Cut(body)}");
            }

            if (InvokeAnswer(body) is { } answer)
            {
                invokeAnswers.Add(answer);
            }
        }

        var replies = target.Connector.Activities.Skip(activitiesBefore).ToList();
        var said = string.Join("\n", new[] { replies.Text() }.Concat(invokeAnswers).Where(t => t.Length > 0));
        if (said.Contains(BadInputCorpus.GenericErrorFragment, StringComparison.OrdinalIgnoreCase)
            || invokeAnswers.Any(a => a.Contains("application/vnd.microsoft.error", StringComparison.Ordinal)))
        {
            problems.Add($"got the generic error reply (a turn threw): {Cut(said)}");
        }

        var expected = badInput.Expected;
        switch (expected.Outcome)
        {
            case BadInputOutcome.Refused:
                if ((int)status != expected.Status || !ErrorMessage(body).Contains(expected.Says!, StringComparison.Ordinal))
                {
                    problems.Add($"expected {expected.Status} saying “{expected.Says}”, got {(int)status}: {Cut(body)}");
                }

                if (target.Connector.Calls.Count != callsBefore)
                {
                    problems.Add("a refused activity still sent something to the connector");
                }

                break;
            case BadInputOutcome.Answered:
                if (status != HttpStatusCode.OK)
                {
                    problems.Add($"expected 200, got {(int)status}: {Cut(body)}");
                }

                if (said.Length == 0 || !said.Contains(expected.Says!, StringComparison.Ordinal))
                {
                    problems.Add($"expected a reply saying “{expected.Says}”, got: {(said.Length == 0 ? "no reply" : Cut(said))}");
                }

                break;
            case BadInputOutcome.Ignored:
                if ((int)status != expected.Status)
                {
                    problems.Add($"expected {expected.Status}, got {(int)status}: {Cut(body)}");
                }

                break;
        }

        var after = await TableSnapshot.TakeAsync(target.StorageConnectionString, target.TablePrefix, cancellationToken);
        if (expected.Storage.Check(before.ChangesTo(after), fixture) is { } storageProblem)
        {
            problems.Add($"storage: {storageProblem}");
        }

        // Leave no question open for the next case.
        using (var cancel = await target.PostAsync(Activities.PersonalMessage(target.ServiceUrl, fixture.Conversation, "cancel"), tally, cancellationToken))
        {
            if ((int)cancel.StatusCode >= 500)
            {
                problems.Add($"the clean-up 'cancel' answered {(int)cancel.StatusCode}");
            }
        }

        return problems;
    }

    private static async Task SayAsync(ReliabilityTarget target, ReliabilityTally tally, string conversation, CancellationToken cancellationToken, params string[] texts)
    {
        foreach (var text in texts)
        {
            using var response = await target.PostAsync(Activities.PersonalMessage(target.ServiceUrl, conversation, text), tally, cancellationToken);
            EnsureOk(response, text);
        }
    }

    private static void EnsureOk(HttpResponseMessage response, string what)
    {
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"Setting up the bad-input maps failed: “{what}” got {(int)response.StatusCode}.");
        }
    }

    private static TableRow MapRow(TableSnapshot snapshot, string conversation, string name) =>
        snapshot.RowsOf("maps").SingleOrDefault(r => r.RowKey.StartsWith("map|", StringComparison.Ordinal) && r["Name"] == name && r["Container"]!.EndsWith(conversation, StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"Setting up the bad-input maps failed: no map “{name}” in {conversation}.");

    private static List<(string Id, string Name)> Places(TableRow map, string column)
    {
        using var document = JsonDocument.Parse(map[column]!);
        return [.. document.RootElement.EnumerateArray().Select(p => (p.GetProperty("id").GetString()!, p.GetProperty("name").GetString()!))];
    }

    private static string? Bearer(ReliabilityTarget target, byte[] body)
    {
        if (target.Authorize is null)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(body) is JsonObject activity ? target.Authorize(activity) : null;
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>What an invoke response says to the user: its message text, or the TextBlocks of its card.</summary>
    private static string? InvokeAnswer(string body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            if (JsonNode.Parse(body) is not JsonObject answer || answer["statusCode"] is null)
            {
                return null;
            }

            var type = answer["type"]?.GetValue<string>();
            return type switch
            {
                Attachment.AdaptiveCardContentType => string.Join("\n", answer["value"]!.TextBlocks()),
                "application/vnd.microsoft.error" => "application/vnd.microsoft.error " + answer["value"]?.ToJsonString(),
                _ => answer["value"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : string.Empty,
            };
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private static string ErrorMessage(string body)
    {
        try
        {
            return JsonNode.Parse(body)?["error"]?["message"]?.GetValue<string>() ?? string.Empty;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return string.Empty;
        }
    }

    private static string Cut(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
