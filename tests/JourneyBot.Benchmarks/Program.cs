using System.Globalization;
using System.Text;
using System.Text.Json;
using JourneyBot.Benchmarks;
using JourneyBot.Cards;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Analysis;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;
using JourneyBot.Journeys;
using JourneyBot.Journeys.Localization;
using JourneyBot.Journeys.MapPage;
using JourneyBot.Journeys.Sharing;
using JourneyBot.Journeys.Summaries;
using JourneyBot.Storage;
using JourneyBot.TestSupport.Maps;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// Figures for issue 4: for maps of 10 / 1,000 / 10,000 notes, how long the summary and the map page take
// to build and how big they are. With Table Storage (Azurite) it also reads the notes back, as a real
// `summary` turn does. Prints a table; --json writes the figures. Not a test: nothing here passes or fails.
if (args.Length > 0 && args[0] == "turns")
{
    // Issue 7: the real bot over HTTP with concurrent conversations (see Turns/TurnBenchmark.cs).
    return await JourneyBot.Benchmarks.Turns.TurnBenchmark.RunAsync(args[1..]);
}

var options = BenchmarkOptions.Parse(args);
// A week after the samples begin: "what changed" then covers part of every grown map.
var now = SampleMaps.Created.AddDays(7);
var prefix = "bench" + Guid.NewGuid().ToString("N")[..8];
var configuration = new ConfigurationBuilder()
    .AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Cards:TemplateDirectory"] = Path.Combine(AppContext.BaseDirectory, "cards"),
        ["MapLinks:SigningKey"] = Convert.ToBase64String(new byte[32]),
        ["MapLinks:PublicBaseUrl"] = "https://journeybot.example/",
        ["Storage:ConnectionString"] = options.StorageConnectionString,
        ["Storage:TablePrefix"] = prefix,
    })
    .Build();
var services = new ServiceCollection();
services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
services.AddCardTemplates(configuration);
services.AddJourneys(configuration);
if (options.StorageConnectionString is not null)
{
    services.AddJourneyStorage(configuration);
}

await using var provider = services.BuildServiceProvider();
var summaries = provider.GetRequiredService<SummaryCards>();
var pages = provider.GetRequiredService<IMapPageRenderer>();
var links = provider.GetRequiredService<IMapLinks>();
var noteStore = options.StorageConnectionString is null ? null : provider.GetRequiredService<INoteRepository>();

Console.WriteLine($"JourneyBot benchmark · .NET {Environment.Version} · {Environment.ProcessorCount} cores · {options.Runs} runs after warm-up · storage: {(noteStore is null ? "none (in-process only)" : "Table Storage")}");
var rows = new List<Row>();
foreach (var size in options.Sizes)
{
    var scope = new MapScope("bench", $"msteams:conversation:{prefix}-{size}");
    var (map, notes) = SampleMaps.Grown(0, size, scope, $"m{size}");
    var since = now.AddDays(-14);
    var url = links.Create(scope, map.Id, MapLinkPurpose.View);
    var culture = BotText.English;

    string CardJson() => JsonSerializer.Serialize(summaries.Card(culture, MapAnalysis.Analyse(map, notes, since), SummaryCommands.ChangeWindow, url));
    var cardBytes = Encoding.UTF8.GetByteCount(JsonSerializer.Serialize(summaries.Card(culture, MapAnalysis.Analyse(map, notes, since), SummaryCommands.ChangeWindow, url).Attachments![0].Content));
    var pageBytes = Encoding.UTF8.GetByteCount(pages.Render(map, notes, culture));

    var runs = size >= 10_000 ? Math.Max(5, options.Runs / 3) : options.Runs;
    var analyse = Measurement.Of("analyse", runs, 3, () => MapAnalysis.Analyse(map, notes, since));
    var summary = Measurement.Of("summary card", runs, 3, () => CardJson());
    var page = Measurement.Of("map page", runs, 2, () => pages.Render(map, notes, culture));
    Measurement? read = null;
    Measurement? endToEnd = null;
    if (noteStore is not null)
    {
        await SeedAsync(noteStore, scope, notes);
        var readRuns = size >= 10_000 ? 5 : Math.Min(options.Runs, 15);
        read = await MeasureAsync("read notes", readRuns, () => noteStore.ListAsync(scope, map.Id, includeDeleted: true, CancellationToken.None));
        endToEnd = await MeasureAsync("read + summary", readRuns, async () =>
        {
            var stored = await noteStore.ListAsync(scope, map.Id, includeDeleted: true, CancellationToken.None);
            return JsonSerializer.Serialize(summaries.Card(culture, MapAnalysis.Analyse(map, stored, since), SummaryCommands.ChangeWindow, url));
        });
    }

    rows.Add(new Row(size, cardBytes, pageBytes, analyse, summary, page, read, endToEnd));
}

PrintTable(rows, Console.Out);
using (var process = System.Diagnostics.Process.GetCurrentProcess())
{
    Console.WriteLine($"peak working set: {process.PeakWorkingSet64 / (1024 * 1024)} MB");
}

if (options.JsonPath is not null)
{
    await File.WriteAllTextAsync(options.JsonPath, JsonSerializer.Serialize(rows, new JsonSerializerOptions { WriteIndented = true }));
    Console.WriteLine($"figures written to {options.JsonPath}");
}

if (noteStore is not null)
{
    Console.WriteLine($"(tables with prefix {prefix} were left in the storage account)");
}

return 0;

static async Task SeedAsync(INoteRepository store, MapScope scope, IReadOnlyList<Note> notes)
{
    await Parallel.ForEachAsync(notes, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (note, ct) => await store.AddAsync(scope, note, ct));
}

static async Task<Measurement> MeasureAsync<T>(string name, int runs, Func<Task<T>> operation)
{
    await operation();
    var times = new double[runs];
    for (var i = 0; i < runs; i++)
    {
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        await operation();
        times[i] = System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    Array.Sort(times);
    return new Measurement(name, runs, Measurement.Percentile(times, 0.5), Measurement.Percentile(times, 0.95), times[0], 0);
}

static void PrintTable(IReadOnlyList<Row> rows, TextWriter output)
{
    var c = CultureInfo.InvariantCulture;
    output.WriteLine();
    output.WriteLine("| notes | summary card | card size | analyse | map page | page size | read notes (storage) | read + summary (storage) |");
    output.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
    foreach (var row in rows)
    {
        output.WriteLine(string.Create(c, $"| {row.Notes:N0} | {Ms(row.Summary)} | {row.CardBytes / 1024.0:F1} KB | {Ms(row.Analyse)} | {Ms(row.Page)} | {row.PageBytes / 1024.0:F0} KB | {(row.Read is null ? "–" : Ms(row.Read))} | {(row.ReadAndSummary is null ? "–" : Ms(row.ReadAndSummary))} |"));
    }

    output.WriteLine();
    output.WriteLine("times: median / p95 in ms, in-process (summary card = analysis + card templating + JSON serialization).");

    static string Ms(Measurement m) => string.Create(CultureInfo.InvariantCulture, $"{m.MedianMs:F1} / {m.P95Ms:F1}");
}

/// <summary>The figures for one map size.</summary>
internal sealed record Row(int Notes, int CardBytes, int PageBytes, Measurement Analyse, Measurement Summary, Measurement Page, Measurement? Read, Measurement? ReadAndSummary);
