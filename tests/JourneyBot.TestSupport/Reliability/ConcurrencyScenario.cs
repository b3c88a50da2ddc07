using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using JourneyBot.TestSupport.Http;

namespace JourneyBot.TestSupport.Reliability;

/// <summary>
/// Many people write to one map in one team channel at once: each user sends all their one-line notes
/// without waiting (Quick: 10 users × 10 notes; Full: 50 × 20). Every note must be confirmed and stored
/// exactly once. Then concurrent edits of the map's stages and lanes (renames, owners, new lanes, new stages)
/// and of one note by its author: every acknowledged change must be in the final state.
/// </summary>
public sealed class ConcurrencyScenario : IReliabilityScenario
{
    private const string Ack = "Added ";

    /// <inheritdoc />
    public string Name => "Concurrency";

    /// <summary>How long the burst of notes took, from the first request to the last answer (for the report).</summary>
    public TimeSpan NotesBurst { get; private set; }

    /// <summary>Users and notes each of the last run.</summary>
    public (int Users, int NotesEach) Size { get; private set; }

    /// <inheritdoc />
    public async Task RunAsync(ReliabilityTarget target, ReliabilityTally tally, ReliabilityScale scale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(tally);
        var (users, each) = scale == ReliabilityScale.Quick ? (10, 10) : (50, 20);
        Size = (users, each);
        var channel = new TeamChannel(target, tally, "crowd");
        var raw = RawTables.For(target);
        var map = await channel.CreateMapAsync("Crowded map", cancellationToken);
        var run = Guid.NewGuid().ToString("N")[..6];
        string[] stages = ["Awareness", "Consideration", "Purchase", "Use", "Feedback"];
        string[] lanes = ["Customer", "Frontstage", "Backstage"];

        var clock = Stopwatch.StartNew();
        var sends = new List<Task>();
        for (var u = 0; u < users; u++)
        {
            for (var n = 0; n < each; n++)
            {
                var (user, note) = (u, n);
                sends.Add(Task.Run(
                    async () =>
                    {
                        var text = string.Create(CultureInfo.InvariantCulture, $"crowd {run} user {user} note {note}");
                        var place = $"{stages[(user + note) % stages.Length]}/{lanes[note % lanes.Length]}";
                        var turn = await channel.SayAsync($"red flag {place}: {text}", cancellationToken, TeamChannel.User("crowd", user));
                        if (!turn.ConfirmsNote(text))
                        {
                            tally.Problem($"{Name}: user {user} note {note} was not confirmed ({(int)turn.Status}): {turn.Text}");
                        }
                    },
                    cancellationToken));
            }
        }

        await Task.WhenAll(sends);
        NotesBurst = clock.Elapsed;
        var rows = await raw.NotesAsync(channel.Container, map.Id, cancellationToken);
        var mine = rows.Where(r => r.GetString("Text").StartsWith($"crowd {run} ", StringComparison.Ordinal)).ToList();
        if (mine.Select(r => r.GetString("Text")).Distinct(StringComparer.Ordinal).Count() != mine.Count)
        {
            tally.Problem($"{Name}: some notes are stored more than once.");
        }

        tally.Notes(users * each, mine.Count);

        await EditStructureAsync(channel, raw, map, tally, cancellationToken);
        await EditOneNoteAsync(channel, raw, map, mine[0], tally, cancellationToken);
    }

    /// <summary>Renames, owners, new lanes and new stages, all at once; then checks each acknowledged change.</summary>
    private async Task EditStructureAsync(TeamChannel channel, RawTables raw, RawMap map, ReliabilityTally tally, CancellationToken cancellationToken)
    {
        var expectations = new List<(Task<TeamChannel.Turn> Turn, string Ack, Func<RawMap, bool> Holds, string What)>();
        foreach (var stage in new[] { "Awareness", "Consideration", "Use", "Feedback" })
        {
            var renamed = stage + " (renamed)";
            expectations.Add((channel.SayAsync($"rename stage {stage} to {renamed}", cancellationToken), "Renamed stage", m => m.Stages.Any(s => s.Name == renamed), $"stage {stage} renamed"));
        }

        foreach (var lane in new[] { "Physical evidence", "Frontstage" })
        {
            var renamed = lane + " (renamed)";
            expectations.Add((channel.SayAsync($"rename lane {lane} to {renamed}", cancellationToken), "Renamed lane", m => m.Lanes.Any(l => l.Name == renamed), $"lane {lane} renamed"));
        }

        var owners = new[] { ("Backstage", TeamChannel.User("owner", 1)), ("Support processes", TeamChannel.User("owner", 2)), ("Customer", TeamChannel.User("owner", 3)) };
        foreach (var (lane, owner) in owners)
        {
            expectations.Add((channel.SendAsync(OwnerMessage(channel, lane, owner), cancellationToken), "now owns lane", m => m.Lanes.Any(l => l.Name == lane && l.OwnerId == owner), $"{owner} owns {lane}"));
        }

        for (var k = 1; k <= 5; k++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"Extra lane {k}");
            expectations.Add((channel.SayAsync($"add lane {name}", cancellationToken), "Added lane", m => m.Lanes.Any(l => l.Name == name), $"lane {name} added"));
        }

        for (var k = 1; k <= 5; k++)
        {
            // Adding a stage asks where: two turns of one person, five people at once.
            var name = string.Create(CultureInfo.InvariantCulture, $"Extra stage {k}");
            var user = TeamChannel.User("stager", k);
            expectations.Add((AddStageAsync(channel, name, user, cancellationToken), "Added stage", m => m.Stages.Any(s => s.Name == name), $"stage {name} added"));
        }

        await Task.WhenAll(expectations.Select(e => e.Turn));
        var after = await raw.MapAsync(channel.Container, cancellationToken) ?? throw new InvalidOperationException("The map is gone.");
        foreach (var (turn, ack, holds, what) in expectations)
        {
            tally.Fault();
            var answer = await turn;
            if (!answer.Text.Contains(ack, StringComparison.Ordinal))
            {
                tally.Problem($"{Name}: {what} was not acknowledged: {answer.Text}");
            }
            else if (!holds(after))
            {
                tally.Problem($"{Name}: {what} was acknowledged but is not in the map (lost update).");
            }
        }

        _ = map;
    }

    private static async Task<TeamChannel.Turn> AddStageAsync(TeamChannel channel, string name, string user, CancellationToken cancellationToken)
    {
        var asked = await channel.SayAsync($"add stage {name}", cancellationToken, user);
        return asked.Text.Contains("Added stage", StringComparison.Ordinal) ? asked : await channel.SayAsync("end", cancellationToken, user);
    }

    /// <summary>The note's author edits it ten times at once: every text must be in the note or its history.</summary>
    private async Task EditOneNoteAsync(TeamChannel channel, RawTables raw, RawMap map, Azure.Data.Tables.TableEntity note, ReliabilityTally tally, CancellationToken cancellationToken)
    {
        var id = note.GetString("NoteId");
        var author = note.GetString("AuthorId");
        var texts = Enumerable.Range(1, 10).Select(k => string.Create(CultureInfo.InvariantCulture, $"edit {k} of {id}")).ToList();
        var turns = await Task.WhenAll(texts.Select(t => channel.SayAsync($"edit {id} {t}", cancellationToken, author)));
        var stored = (await raw.NotesAsync(channel.Container, map.Id, cancellationToken)).Single(r => r.GetString("NoteId") == id);
        var everything = stored.GetString("Text") + "\n" + stored.GetString("HistoryJson");
        for (var k = 0; k < texts.Count; k++)
        {
            tally.Fault();
            if (!turns[k].Text.Contains($"Updated `{id}`", StringComparison.Ordinal))
            {
                tally.Problem($"{Name}: edit {k + 1} of note {id} was not acknowledged: {turns[k].Text}");
            }
            else if (!everything.Contains(texts[k], StringComparison.Ordinal))
            {
                tally.Problem($"{Name}: edit {k + 1} of note {id} was acknowledged but is lost.");
            }
        }
    }

    private static JsonObject OwnerMessage(TeamChannel channel, string lane, string owner)
    {
        var name = TeamChannel.NameOf(owner);
        var activity = channel.Message($"owner {lane} <at>{name}</at>");
        activity["entities"]!.AsArray().Add(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = $"<at>{name}</at>",
            ["mentioned"] = new JsonObject { ["id"] = owner, ["name"] = name },
        });
        _ = Activities.BotId;
        return activity;
    }
}
