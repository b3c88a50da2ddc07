using System.Globalization;
using System.Text.Json;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;

namespace JourneyBot.TestSupport.Maps;

/// <summary>
/// Realistic maps for tests, read from the JSON files next to this class (the shape of
/// <c>shared/data/sample-maps.json</c>), and large maps generated from them.
/// </summary>
public static class SampleMaps
{
    public static readonly DateTimeOffset Created = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);

    private static readonly Person[] Authors =
    [
        new("29:sample-ana", "Ana Souza"),
        new("29:sample-li", "Li Wei"),
        new("29:sample-tom", "Tom Becker"),
        new("29:sample-noor", "Noor Haddad"),
    ];

    private const string SharedSamples = "sample-maps.json";

    /// <summary>"Equipment repair request": a service blueprint with 5 stages, 6 lanes and 50 notes.</summary>
    public static SampleMap EquipmentRepair(MapScope scope, string mapId) => Load("equipment-repair.json", 0, scope, mapId);

    /// <summary>The names of the shared sample maps (sample-maps.json: English and Chinese), in file order.</summary>
    public static IReadOnlyList<string> Names
    {
        get
        {
            using var document = Document(SharedSamples);
            return document.RootElement.GetProperty("maps").EnumerateArray().Select(m => m.GetProperty("name").GetString()!).ToList();
        }
    }

    /// <summary>Shared sample map <paramref name="index"/> exactly as written.</summary>
    public static SampleMap Get(int index, MapScope scope, string mapId) => Load(SharedSamples, index, scope, mapId);

    /// <summary>
    /// Shared sample map <paramref name="index"/> grown to <paramref name="count"/> notes: its notes repeated in
    /// turn, each round with a numbered suffix, one minute apart from <see cref="Created"/>. Deterministic.
    /// </summary>
    public static SampleMap Grown(int index, int count, MapScope scope, string mapId)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var sample = Get(index, scope, mapId);
        var notes = Enumerable.Range(0, count).Select(i =>
        {
            var round = i / sample.Notes.Count;
            var note = sample.Notes[i % sample.Notes.Count];
            return note with
            {
                Id = "g" + i.ToString(CultureInfo.InvariantCulture),
                Text = round == 0 ? note.Text : $"{note.Text} (#{round + 1})",
                Author = Authors[i % Authors.Length],
                CreatedAt = Created.AddMinutes(i),
            };
        }).ToList();
        return sample with { Notes = notes };
    }

    /// <summary>
    /// The stages and lanes of <see cref="EquipmentRepair"/> with <paramref name="count"/> notes made from its
    /// texts: every kind, uneven cells (the customer lane gets the most), texts from one line to several
    /// sentences, hand-offs between random lanes. The same <paramref name="seed"/> gives the same notes.
    /// </summary>
    public static SampleMap Generated(MapScope scope, string mapId, int count, int seed = 7)
    {
        var sample = EquipmentRepair(scope, mapId);
        var map = sample.Map;
        var random = new Random(seed);
        var texts = sample.Notes.Select(n => n.Text).ToArray();
        var kinds = Enum.GetValues<NoteKind>();
        var customer = map.Lanes.First(l => l.Kind == LaneKind.Customer);
        var notes = new List<Note>(count);
        for (var i = 0; i < count; i++)
        {
            var kind = kinds[i % kinds.Length];
            var lane = random.NextDouble() < 0.35 ? customer : map.Lanes[random.Next(map.Lanes.Count)];
            var text = texts[random.Next(texts.Length)];
            if (random.NextDouble() < 0.3)
            {
                text += " " + texts[random.Next(texts.Length)] + " " + texts[random.Next(texts.Length)];
            }

            var note = new Note
            {
                MapId = mapId,
                Id = "g" + i.ToString("D4", CultureInfo.InvariantCulture),
                Kind = kind,
                StageId = map.Stages[random.Next(map.Stages.Count)].Id,
                LaneId = lane.Id,
                Text = text,
                Author = Authors[i % Authors.Length],
                CreatedAt = Created.AddMinutes(i),
            };
            notes.Add(kind switch
            {
                NoteKind.Emotion => note with { Score = random.Next(Note.MinScore, Note.MaxScore + 1) },
                NoteKind.Quote => note with { Speaker = Authors[random.Next(Authors.Length)].Name },
                NoteKind.Touchpoint => note with { Channel = "website" },
                NoteKind.Evidence => note with { Source = EvidenceSource.Survey, Validated = random.Next(2) == 0 },
                NoteKind.Handoff => note with { ToLaneId = map.Lanes.Where(l => l.Id != lane.Id).ElementAt(random.Next(map.Lanes.Count - 1)).Id },
                _ => note,
            });
        }

        return new SampleMap(map, notes);
    }

    private static JsonDocument Document(string file)
    {
        using var stream = typeof(SampleMaps).Assembly.GetManifestResourceStream("JourneyBot.TestSupport.Maps." + file)
            ?? throw new InvalidOperationException($"No embedded sample map {file}.");
        return JsonDocument.Parse(stream);
    }

    private static SampleMap Load(string file, int index, MapScope scope, string mapId)
    {
        using var document = Document(file);
        var source = document.RootElement.GetProperty("maps")[index];
        var stages = source.GetProperty("stages").EnumerateArray()
            .Select((s, i) => new Stage("s" + (i + 1).ToString(CultureInfo.InvariantCulture), s.GetString()!))
            .ToList();
        var lanes = source.GetProperty("lanes").EnumerateArray()
            .Select((l, i) => new Lane("l" + (i + 1).ToString(CultureInfo.InvariantCulture), l.GetProperty("name").GetString()!, LaneKindOf(l.GetProperty("kind").GetString())))
            .ToList();
        var map = new JourneyMap
        {
            Id = mapId,
            Scope = scope,
            Name = source.GetProperty("name").GetString()!,
            Persona = source.GetProperty("persona").GetString()!,
            Goal = source.GetProperty("goal").GetString()!,
            Template = source.GetProperty("template").GetString() == "service blueprint" ? MapTemplate.ServiceBlueprint : MapTemplate.CustomerJourney,
            Stages = stages,
            Lanes = lanes,
            CreatedBy = Authors[0],
            CreatedAt = Created,
            UpdatedAt = Created,
        };

        string StageId(string name) => stages.First(s => s.Name == name).Id;
        string LaneId(string name) => lanes.First(l => l.Name == name).Id;
        string? Text(JsonElement note, string name) => note.TryGetProperty(name, out var value) ? value.ToString() : null;

        var notes = source.GetProperty("notes").EnumerateArray()
            .Select((n, i) =>
            {
                var kind = NoteKindOf(Text(n, "kind"));
                return new Note
                {
                    MapId = mapId,
                    Id = "n" + (i + 1).ToString(CultureInfo.InvariantCulture),
                    Kind = kind,
                    StageId = StageId(Text(n, "stage")!),
                    LaneId = LaneId(Text(n, "from") ?? Text(n, "lane")!),
                    ToLaneId = Text(n, "to") is { } to ? LaneId(to) : null,
                    Text = Text(n, "text")!,
                    Score = n.TryGetProperty("score", out var score) ? score.GetInt32() : null,
                    Speaker = Text(n, "who"),
                    Channel = Text(n, "channel"),
                    Source = Text(n, "source") is { } evidence ? SourceOf(evidence) : null,
                    Validated = n.TryGetProperty("validated", out var validated) ? validated.GetBoolean() : null,
                    Author = Authors[i % Authors.Length],
                    CreatedAt = Created.AddMinutes(i),
                };
            })
            .ToList();
        return new SampleMap(map, notes);
    }

    private static LaneKind LaneKindOf(string? kind) => kind switch
    {
        "customer" => LaneKind.Customer,
        "physical evidence" => LaneKind.PhysicalEvidence,
        "frontstage" => LaneKind.Frontstage,
        "backstage" => LaneKind.Backstage,
        "support" => LaneKind.Support,
        _ => LaneKind.Stakeholder,
    };

    private static NoteKind NoteKindOf(string? kind) => kind switch
    {
        "action" => NoteKind.Action,
        "touchpoint" => NoteKind.Touchpoint,
        "pain point" => NoteKind.PainPoint,
        "emotion" => NoteKind.Emotion,
        "green flag" => NoteKind.GreenFlag,
        "red flag" => NoteKind.RedFlag,
        "quote" => NoteKind.Quote,
        "opportunity" => NoteKind.Opportunity,
        "handoff" => NoteKind.Handoff,
        "evidence" => NoteKind.Evidence,
        _ => throw new InvalidOperationException($"Unknown note kind '{kind}' in a sample map."),
    };

    private static EvidenceSource SourceOf(string source) => source.ToUpperInvariant() switch
    {
        var s when s.Contains("CSAT", StringComparison.Ordinal) => EvidenceSource.Csat,
        var s when s.Contains("NPS", StringComparison.Ordinal) => EvidenceSource.Nps,
        var s when s.Contains("INTERVIEW", StringComparison.Ordinal) => EvidenceSource.Interview,
        var s when s.Contains("SURVEY", StringComparison.Ordinal) => EvidenceSource.Survey,
        var s when s.Contains("ANALYTICS", StringComparison.Ordinal) => EvidenceSource.Analytics,
        _ => EvidenceSource.Other,
    };
}
