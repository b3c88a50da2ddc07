using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;

namespace JourneyBot.TestSupport.Samples;

/// <summary>
/// The realistic maps of Samples/sample-maps.json (English and Chinese) as domain records, and
/// bigger maps grown from them for size and speed checks.
/// </summary>
public static class SampleMaps
{
    private static readonly Lazy<List<JsonObject>> Documents = new(Load);

    // Most specific first: "CSAT survey" is a CSAT score, not a survey in general.
    private static readonly EvidenceSource[] SourcesBySpecificity =
        [EvidenceSource.Nps, EvidenceSource.Csat, EvidenceSource.Analytics, EvidenceSource.Interview, EvidenceSource.Survey];

    private static readonly Person[] People =
    [
        new("29:maya", "Maya Lindqvist"), new("29:daniel", "Daniel Okafor"), new("29:priya", "Priya Raman"),
        new("29:tomas", "Tomás Herrera"), new("29:wangfang", "王芳"), new("29:elena", "Elena Petrova"),
        new("29:li", "李娜"), new("29:sam", "Sam O'Neil"), new("29:amira", "Amira Haddad"),
        new("29:jonas", "Jonas Becker"), new("29:chen", "陈伟"), new("29:lucia", "Lucía Fernández"),
    ];

    /// <summary>The sample maps' names, in file order.</summary>
    public static IReadOnlyList<string> Names => Documents.Value.Select(d => (string)d["name"]!).ToList();

    /// <summary>
    /// Sample <paramref name="index"/> as a map and its notes, exactly as written (authors taken in turn
    /// from a fixed team, one note an hour before <paramref name="now"/>).
    /// </summary>
    public static (JourneyMap Map, IReadOnlyList<Note> Notes) Get(int index, MapScope scope, DateTimeOffset now, string mapId = "sample")
    {
        var document = Documents.Value[index];
        var map = MapOf(document, scope, mapId, now);
        var templates = (JsonArray)document["notes"]!;
        var notes = templates.Select((t, i) => NoteOf((JsonObject)t!, map, i, i, now.AddHours(i - templates.Count), suffix: null)).ToList();
        return (map, notes);
    }

    /// <summary>
    /// Sample <paramref name="index"/> grown to <paramref name="noteCount"/> notes: its notes repeated in
    /// turn with a numbered suffix, spread over the last 60 days, authors taken in turn. Deterministic.
    /// </summary>
    public static (JourneyMap Map, IReadOnlyList<Note> Notes) Grown(int index, int noteCount, MapScope scope, DateTimeOffset now, string mapId = "sample")
    {
        ArgumentOutOfRangeException.ThrowIfNegative(noteCount);
        var document = Documents.Value[index];
        var map = MapOf(document, scope, mapId, now);
        var templates = (JsonArray)document["notes"]!;
        var span = TimeSpan.FromDays(60);
        var notes = new List<Note>(noteCount);
        for (var i = 0; i < noteCount; i++)
        {
            var round = i / templates.Count;
            var created = now - span + (span * (i + 1) / (noteCount + 1));
            notes.Add(NoteOf((JsonObject)templates[i % templates.Count]!, map, i, i, created, round == 0 ? null : $" (#{round + 1})"));
        }

        return (map, notes);
    }

    private static JourneyMap MapOf(JsonObject document, MapScope scope, string mapId, DateTimeOffset now)
    {
        var stages = ((JsonArray)document["stages"]!).Select((s, i) => new Stage($"s{i + 1}", (string)s!)).ToList();
        var lanes = ((JsonArray)document["lanes"]!)
            .Select((l, i) => LaneOf((JsonObject)l!, i))
            .ToList();
        return new JourneyMap
        {
            Id = mapId,
            Scope = scope,
            Name = (string)document["name"]!,
            Persona = (string)document["persona"]!,
            Goal = (string)document["goal"]!,
            Template = (string)document["template"]! == "service blueprint" ? MapTemplate.ServiceBlueprint : MapTemplate.CustomerJourney,
            Stages = stages,
            Lanes = lanes,
            CreatedBy = People[0],
            CreatedAt = now.AddDays(-90),
            UpdatedAt = now.AddDays(-90),
        };
    }

    // Every lane but the customer's has an owner, so owner-related checks have something to show.
    private static Lane LaneOf(JsonObject lane, int index)
    {
        var kind = LaneKindOf((string)lane["kind"]!);
        return new Lane($"l{index + 1}", (string)lane["name"]!, kind, kind == LaneKind.Customer ? null : People[(index + 1) % People.Length]);
    }

    private static Note NoteOf(JsonObject template, JourneyMap map, int sequence, int authorTurn, DateTimeOffset created, string? suffix)
    {
        var kind = KindOf((string)template["kind"]!);
        // A hand-off is filed in the lane it comes from; the sample names that lane "from".
        var lane = LaneId(map, (string?)template["from"] ?? (string?)template["lane"]);
        var to = (string?)template["to"];
        return new Note
        {
            MapId = map.Id,
            Id = "n" + sequence.ToString(CultureInfo.InvariantCulture),
            Kind = kind,
            StageId = map.Stages.Single(s => s.Name == (string)template["stage"]!).Id,
            LaneId = lane,
            Text = (string)template["text"]! + suffix,
            Author = People[authorTurn % People.Length],
            CreatedAt = created,
            UpdatedAt = created,
            Channel = (string?)template["channel"],
            Score = template["score"]?.GetValue<int>(),
            Speaker = (string?)template["who"],
            ToLaneId = to is null ? null : LaneId(map, to),
            Source = template["source"] is { } source ? SourceOf((string)source!) : null,
            Validated = template["validated"]?.GetValue<bool>(),
        };
    }

    private static string LaneId(JourneyMap map, string? name) =>
        name is null ? map.Lanes.First(l => l.Kind == LaneKind.Customer).Id : map.Lanes.Single(l => l.Name == name).Id;

    private static NoteKind KindOf(string kind) => kind switch
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
        _ => throw new InvalidDataException($"Unknown sample note kind '{kind}'."),
    };

    private static LaneKind LaneKindOf(string kind) => kind switch
    {
        "customer" => LaneKind.Customer,
        "physical evidence" => LaneKind.PhysicalEvidence,
        "frontstage" => LaneKind.Frontstage,
        "backstage" => LaneKind.Backstage,
        "support" => LaneKind.Support,
        _ => LaneKind.Stakeholder,
    };

    private static EvidenceSource SourceOf(string source) =>
        SourcesBySpecificity.FirstOrDefault(s => source.Contains(s.ToString(), StringComparison.OrdinalIgnoreCase), EvidenceSource.Other);

    private static List<JsonObject> Load()
    {
        using var stream = typeof(SampleMaps).Assembly.GetManifestResourceStream("JourneyBot.TestSupport.sample-maps.json")
            ?? throw new InvalidOperationException("sample-maps.json is not embedded.");
        var root = JsonNode.Parse(stream, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!;
        return ((JsonArray)root["maps"]!).Select(m => (JsonObject)m!).ToList();
    }
}
