using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Azure.Data.Tables;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Maps;
using JourneyBot.Storage.Diagnostics;
using JourneyBot.Storage.Notes;
using JourneyBot.Storage.Tables;
using JourneyBot.TestSupport.Http;
using JourneyBot.TestSupport.Maps;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Benchmarks.Turns;

/// <summary>
/// The <c>turns</c> mode: drives the real bot over HTTP with concurrent simulated conversations and reports,
/// per turn kind and concurrency, latency, throughput, table transactions per turn, the storage floor (the
/// same mix of bare table calls timed at the same concurrency) and the bot's working set. Prints figures;
/// passes or fails nothing.
/// </summary>
internal sealed class TurnBenchmark(TurnEnvironment environment, TurnOptions options)
{
    /// <summary>The new-map dialog; answers 1 to 3 (name, persona, goal) are the measured dialog steps.</summary>
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    private static readonly string[] NewBlueprint = ["new map", "Checkout blueprint", "Online shopper", "Where do orders fail?", "3"];

    private readonly ConcurrentDictionary<string, double> _cardKb = new();
    private readonly List<KindResult> _results = [];
    private readonly List<MemoryFigures> _memory = [];
    private readonly Dictionary<int, (MapScope Scope, string MapId)> _summaryMaps = [];
    private TableClient _floorTable = null!;
    private WorkingSetSampler? _sampler;

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        TurnOptions options;
        try
        {
            options = TurnOptions.Parse(args);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }

        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        var ct = cancellation.Token;
        var machine = string.Create(CultureInfo.InvariantCulture, $".NET {Environment.Version} · {Environment.ProcessorCount} cores · {Environment.OSVersion}");
        Console.WriteLine($"JourneyBot turn benchmark · {machine} · concurrency {string.Join(",", options.Concurrency)} · {options.TurnsPerConversation} turns per conversation and kind{(options.Quick ? " (quick)" : string.Empty)}");
        await using var environment = await TurnEnvironment.StartAsync(options.StorageConnectionString, ct);
        var benchmark = new TurnBenchmark(environment, options);
        try
        {
            var report = await benchmark.RunAsync(machine, ct);
            Console.WriteLine();
            Console.WriteLine(report.Table());
            if (options.JsonPath is not null)
            {
                await File.WriteAllTextAsync(options.JsonPath, JsonSerializer.Serialize(report, Indented), ct);
                Console.WriteLine($"figures written to {options.JsonPath}");
            }

            return 0;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Console.Error.WriteLine($"The benchmark stopped: {ex}");
            Console.Error.WriteLine(environment.BotOutput());
            return 1;
        }
    }

    private async Task<TurnReport> RunAsync(string machine, CancellationToken ct)
    {
        await PrepareFloorTableAsync(ct);
        foreach (var size in options.SummarySizes)
        {
            var clock = Stopwatch.StartNew();
            _summaryMaps[size] = await SeedSummaryMapAsync(size, ct);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"- seeded a map of {size:N0} notes ({clock.Elapsed.TotalSeconds:F1} s)"));
        }

        // Warm-up: one conversation, one turn of each kind, nothing recorded (JIT, connections, table creation).
        await RunLevelAsync(1, turns: 1, record: false, ct);
        foreach (var conversations in options.Concurrency)
        {
            await RunLevelAsync(conversations, options.TurnsPerConversation, record: true, ct);
        }

        var (_, peak) = environment.WorkingSet();
        return new TurnReport(machine, options.TurnsPerConversation, _results, _memory, peak / 1048576.0, _cardKb.ToDictionary());
    }

    private async Task RunLevelAsync(int count, int turns, bool record, CancellationToken ct)
    {
        var level = record ? count.ToString(CultureInfo.InvariantCulture) : "warm-up";
        Console.WriteLine($"- {level}: {count} conversation(s)");
        using var sampler = new WorkingSetSampler(environment);
        _sampler = sampler;
        var run = Guid.NewGuid().ToString("N")[..6];
        var conversations = Enumerable.Range(0, count)
            .Select(i => new BenchConversation($"team-{run}-{i}", $"19:{run}-{i}@thread.tacv2", $"29:user-{run}-{i}", $"Person {i}"))
            .ToList();
        var maps = environment.Storage.GetRequiredService<IMapRepository>();

        // Dialog steps: each round walks every conversation through the new-map dialog in lockstep, so that
        // the counted transactions of the measured answers are theirs alone; the last round's map stays current.
        var rounds = Math.Max(1, turns / 3);
        var dialog = new KindRun(TurnKinds.DialogStep);
        for (var round = 0; round < rounds; round++)
        {
            for (var step = 0; step < NewBlueprint.Length; step++)
            {
                // Each round's map needs a name of its own: the bot refuses a name already used in the team, and
                // the refused answer would shift every later answer of the dialog by one.
                var answer = step == 1 ? string.Create(CultureInfo.InvariantCulture, $"{NewBlueprint[step]} {round + 1}") : NewBlueprint[step];
                var measured = step is >= 1 and <= 3 ? dialog : null;
                await StepAsync(measured, conversations, 1, (c, _) => c.Message(environment.ServiceUrl, answer), ct);
            }
        }

        var mapIds = new Dictionary<BenchConversation, string>();
        foreach (var conversation in conversations)
        {
            mapIds[conversation] = await maps.GetSelectedMapIdAsync(new MapScope(Activities.TenantId, $"msteams:team:{conversation.TeamId}"), conversation.UserId, ct)
                ?? throw new InvalidOperationException($"The new-map dialog left {conversation.TeamId} without a current map.");
        }

        var note = new KindRun(TurnKinds.Note);
        await StepAsync(note, conversations, turns, (c, i) => c.Message(environment.ServiceUrl, $"red flag Purchase/Customer: Coupon rejected at checkout #{i}"), ct);
        var card = new KindRun(TurnKinds.CardSubmit);
        await StepAsync(card, conversations, turns, (c, i) => c.CardSubmit(environment.ServiceUrl, mapIds[c], $"Delivery slot vanished at payment #{i}"), ct);

        var summaries = new List<KindRun>();
        foreach (var (size, (scope, mapId)) in _summaryMaps)
        {
            // Every conversation of the level is a person in the seeded map's team with that map current.
            var readers = await SummaryReadersAsync(scope, mapId, count, run, ct);
            var summary = new KindRun(TurnKinds.Summary(size)) { NotesPartition = NoteKeys.Partition(scope, mapId) };
            var summaryTurns = size >= 10_000 ? Math.Max(1, turns / 3) : Math.Max(1, turns / 2);
            await StepAsync(summary, readers, summaryTurns, (c, _) => c.Message(environment.ServiceUrl, "summary"), ct);
            if (LastReplyKb(readers[0]) is var kb && !double.IsNaN(kb))
            {
                _cardKb[summary.Kind] = Math.Max(kb, _cardKb.GetValueOrDefault(summary.Kind));
            }

            summaries.Add(summary);
        }

        foreach (var kind in (KindRun[])[note, dialog, card, .. summaries])
        {
            // In the warm-up too, so that the first recorded floor is not the harness's cold start.
            var floor = await FloorAsync(kind, count, ct);
            if (record)
            {
                _results.Add(kind.Result(count, environment.Prefix, floor));
            }
        }

        if (record)
        {

            var (current, _) = environment.WorkingSet();
            _memory.Add(new MemoryFigures(count, sampler.PeakBytes / 1048576.0, current / 1048576.0));
        }

        environment.Connector.Clear();
        if (environment.BotExited)
        {
            throw new InvalidOperationException("The bot process exited.");
        }
    }

    /// <summary>
    /// Every conversation sends <paramref name="turns"/> turns one after another, all conversations at once;
    /// the latencies and the bot's counted transactions go to <paramref name="kind"/> (null: not measured).
    /// </summary>
    private async Task StepAsync(KindRun? kind, IReadOnlyList<BenchConversation> conversations, int turns, Func<BenchConversation, int, JsonObject> activity, CancellationToken ct)
    {
        var before = await environment.TransactionsAsync(ct);
        var clock = Stopwatch.StartNew();
        var latencies = new ConcurrentBag<double>();
        var errors = 0;
        var sent = new ConcurrentBag<string>();
        _sampler?.TakePeak();
        await Task.WhenAll(conversations.Select(async conversation =>
        {
            for (var i = 0; i < turns; i++)
            {
                var json = activity(conversation, i);
                sent.Add(json["id"]!.GetValue<string>());
                var body = json.ToJsonString();
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var content = new StringContent(body, Encoding.UTF8, "application/json");
                    using var response = await environment.Client.PostAsync("api/messages", content, ct);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }

                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }));
        clock.Stop();
        var after = await environment.TransactionsAsync(ct);

        // A turn that fails or times out still answers 200 (the error goes to the user as a reply, when it
        // can); a turn is counted as failed when nothing at all was sent in reply to it.
        var replied = environment.Connector.Calls.Where(call => call.Succeeded && call.ActivityId is not null).Select(call => call.ActivityId!).ToHashSet(StringComparer.Ordinal);
        var unanswered = sent.Count(id => !replied.Contains(id));
        kind?.Add(latencies, clock.Elapsed, errors + unanswered, after.Since(before), _sampler?.TakePeak() ?? 0);
    }

    /// <summary>
    /// The physical floor of <paramref name="kind"/>: as many "turns" of bare table calls, each the turn's mix of
    /// operations (rounded per turn) one after another, at the same concurrency. A summary's note query pages are
    /// one read of the seeded map's whole partition, as the summary reads it.
    /// </summary>
    private async Task<LatencyFigures> FloorAsync(KindRun kind, int conversations, CancellationToken ct)
    {
        var mix = kind.FloorMix(environment.Prefix);
        var perConversation = Math.Max(1, kind.TurnCount / conversations);
        var latencies = new ConcurrentBag<double>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, conversations).Select(async worker =>
        {
            for (var i = 0; i < perConversation; i++)
            {
                var start = Stopwatch.GetTimestamp();
                foreach (var operation in mix)
                {
                    await BareCallAsync(operation, worker, kind.NotesPartition, ct);
                }

                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }));
        return LatencyFigures.Of(latencies, clock.Elapsed);
    }

    private async Task BareCallAsync(string operation, int worker, string? notesPartition, CancellationToken ct)
    {
        switch (operation)
        {
            case FloorOperations.Get:
                await _floorTable.GetEntityIfExistsAsync<TableEntity>("read", $"r{worker % 5}", cancellationToken: ct);
                break;
            case FloorOperations.Query:
                await foreach (var _ in _floorTable.QueryAsync<TableEntity>("PartitionKey eq 'read'", cancellationToken: ct))
                {
                }

                break;
            case FloorOperations.ReadMapNotes:
                var notes = environment.Storage.GetRequiredService<TableServiceClient>().GetTableClient(environment.Prefix + TableNames.Notes);
                await foreach (var _ in notes.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {notesPartition}"), cancellationToken: ct))
                {
                }

                break;
            case FloorOperations.Insert:
                await _floorTable.AddEntityAsync(new TableEntity("insert", Guid.NewGuid().ToString("N")) { ["Text"] = "A one-line note of ordinary length for the floor" }, ct);
                break;
            case FloorOperations.Update:
                await _floorTable.UpsertEntityAsync(new TableEntity("update", $"w{worker}") { ["Text"] = "State of a conversation, about this long" }, TableUpdateMode.Replace, ct);
                break;
            case FloorOperations.Delete:
                await _floorTable.DeleteEntityAsync("delete", Guid.NewGuid().ToString("N"), cancellationToken: ct);
                break;
            case FloorOperations.Batch:
                var partition = Guid.NewGuid().ToString("N");
                await _floorTable.SubmitTransactionAsync(
                    [new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(partition, "a")), new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(partition, "b"))],
                    ct);
                break;
            default:
                break;
        }
    }

    private async Task PrepareFloorTableAsync(CancellationToken ct)
    {
        _floorTable = environment.Storage.GetRequiredService<TableServiceClient>().GetTableClient(environment.Prefix + "floor");
        await _floorTable.CreateIfNotExistsAsync(ct);
        for (var i = 0; i < 5; i++)
        {
            await _floorTable.UpsertEntityAsync(new TableEntity("read", $"r{i}") { ["Text"] = "A stored row of ordinary length for the floor" }, TableUpdateMode.Replace, ct);
        }
    }

    /// <summary>Stores a map grown from the samples and its notes in entity group transactions of 100.</summary>
    private async Task<(MapScope Scope, string MapId)> SeedSummaryMapAsync(int size, CancellationToken ct)
    {
        var scope = new MapScope(Activities.TenantId, $"msteams:team:summary-{size}");
        var mapId = "sum" + size.ToString(CultureInfo.InvariantCulture);
        var (map, notes) = SampleMaps.Grown(0, size, scope, mapId);
        await environment.Storage.GetRequiredService<IMapRepository>().CreateAsync(map, ct);
        var table = environment.Storage.GetRequiredService<TableServiceClient>().GetTableClient(environment.Prefix + TableNames.Notes);
        await table.CreateIfNotExistsAsync(ct);
        await Parallel.ForEachAsync(notes.Chunk(100), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct }, async (chunk, token) =>
            await table.SubmitTransactionAsync(chunk.Select(n => new TableTransactionAction(TableTransactionActionType.Add, NoteEntity.FromNote(scope, n, droppedBefore: 0))), token));
        return (scope, mapId);
    }

    private async Task<List<BenchConversation>> SummaryReadersAsync(MapScope scope, string mapId, int count, string run, CancellationToken ct)
    {
        var maps = environment.Storage.GetRequiredService<IMapRepository>();
        var teamId = scope.Container["msteams:team:".Length..];
        var readers = Enumerable.Range(0, count)
            .Select(i => new BenchConversation(teamId, $"19:{teamId}-{run}-{i}@thread.tacv2", $"29:reader-{run}-{i}", $"Reader {i}"))
            .ToList();
        foreach (var reader in readers)
        {
            await maps.SetSelectedMapIdAsync(scope, reader.UserId, mapId, ct);
        }

        return readers;
    }

    private double LastReplyKb(BenchConversation conversation)
    {
        var reply = environment.Connector.Calls.LastOrDefault(call => call.Activity is { Attachments.Count: > 0 } && call.ConversationId is { } id && id.StartsWith(conversation.ChannelId, StringComparison.Ordinal));
        return reply?.Activity?.Attachments?[0].Content is { } content
            ? Encoding.UTF8.GetByteCount(JsonSerializer.Serialize(content)) / 1024.0
            : double.NaN;
    }

    /// <summary>Samples the bot's working set four times a second while a level runs.</summary>
    private sealed class WorkingSetSampler : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _sampling;
        private readonly TurnEnvironment _environment;
        private long _peak;
        private long _stepPeak;

        public WorkingSetSampler(TurnEnvironment environment)
        {
            _environment = environment;
            _sampling = Task.Run(async () =>
            {
                using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(250));
                do
                {
                    var (current, _) = environment.WorkingSet();
                    _peak = Math.Max(Interlocked.Read(ref _peak), current);
                    _stepPeak = Math.Max(Interlocked.Read(ref _stepPeak), current);
                }
                while (await timer.WaitForNextTickAsync(_stop.Token).AsTask().ContinueWith(t => !t.IsCanceled && t.Result, TaskScheduler.Default));
            });
        }

        public long PeakBytes => Interlocked.Read(ref _peak);

        /// <summary>The peak since the last call (or the start), starting a new one.</summary>
        public long TakePeak()
        {
            var (current, _) = _environment.WorkingSet();
            var peak = Math.Max(Interlocked.Exchange(ref _stepPeak, current), current);
            return peak;
        }

        public void Dispose()
        {
            _stop.Cancel();
            _sampling.Wait();
            _stop.Dispose();
        }
    }
}

/// <summary>The bare table calls the floor is made of.</summary>
internal static class FloorOperations
{
    public const string Get = "get";
    public const string Query = "query";
    public const string ReadMapNotes = "read map notes";
    public const string Insert = "insert";
    public const string Update = "update";
    public const string Delete = "delete";
    public const string Batch = "batch";
}

/// <summary>What the turns of one kind at one concurrency did: latencies, errors and counted transactions.</summary>
internal sealed class KindRun(string kind)
{
    private readonly List<double> _latencies = [];
    private TimeSpan _wallClock;
    private int _errors;
    private long _turns;
    private readonly Dictionary<(string Table, string Operation), long> _inTurn = [];
    private long _background;
    private long _peakWorkingSet;

    public string Kind => kind;

    /// <summary>For summaries: the partition of the seeded map's notes, which the floor reads whole.</summary>
    public string? NotesPartition { get; init; }

    public int TurnCount => _latencies.Count;

    public void Add(IEnumerable<double> latencies, TimeSpan wallClock, int errors, TableTransactionSnapshot transactions, long peakWorkingSet)
    {
        _peakWorkingSet = Math.Max(_peakWorkingSet, peakWorkingSet);
        _latencies.AddRange(latencies);
        _wallClock += wallClock;
        _errors += errors;
        _turns += transactions.Turns;
        _background += transactions.Background;
        foreach (var tally in transactions.Tallies)
        {
            _inTurn[(tally.Table, tally.Operation)] = _inTurn.GetValueOrDefault((tally.Table, tally.Operation)) + tally.InTurn;
        }
    }

    public IReadOnlyList<TransactionShare> Shares(string prefix) =>
        [.. _inTurn
            .Where(p => p.Value != 0)
            .Select(p => new TransactionShare(p.Key.Table.StartsWith(prefix, StringComparison.Ordinal) ? p.Key.Table[prefix.Length..] : p.Key.Table, p.Key.Operation, (double)p.Value / Math.Max(1, _turns)))
            .OrderBy(s => s.Table, StringComparer.Ordinal)
            .ThenBy(s => s.Operation, StringComparer.Ordinal)];

    /// <summary>The bare calls of one floor "turn": each operation as often as a turn makes it, rounded.</summary>
    public IReadOnlyList<string> FloorMix(string prefix)
    {
        var mix = new List<string>();
        foreach (var share in Shares(prefix))
        {
            if (NotesPartition is not null && share.Table == TableNames.Notes && share.Operation == "query")
            {
                mix.Add(FloorOperations.ReadMapNotes);
                continue;
            }

            var times = (int)Math.Round(share.PerTurn, MidpointRounding.AwayFromZero);
            mix.AddRange(Enumerable.Repeat(share.Operation switch
            {
                "get" => FloorOperations.Get,
                "query" => FloorOperations.Query,
                "insert" => FloorOperations.Insert,
                "update" => FloorOperations.Update,
                "delete" => FloorOperations.Delete,
                "batch" => FloorOperations.Batch,
                _ => string.Empty,
            }, times).Where(o => o.Length > 0));
        }

        return mix;
    }

    public KindResult Result(int conversations, string prefix, LatencyFigures floor)
    {
        var total = _inTurn.Values.Sum();
        var mix = FloorMix(prefix);
        return new KindResult(
            kind,
            conversations,
            LatencyFigures.Of(_latencies, _wallClock),
            _errors,
            (double)total / Math.Max(1, _turns),
            _background,
            Shares(prefix),
            string.Join(" + ", mix.GroupBy(o => o).Select(g => g.Count() == 1 ? g.Key : $"{g.Count()}×{g.Key}")),
            floor,
            _peakWorkingSet / 1048576.0);
    }
}
