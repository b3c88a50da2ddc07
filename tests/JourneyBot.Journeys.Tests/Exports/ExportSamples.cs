using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;

namespace JourneyBot.Journeys.Tests.Exports;

/// <summary>
/// A map with three stages and three lanes, and a note of every kind using every field, with the text that
/// breaks naive exporters: CJK, emoji, quotes, commas, newlines, spreadsheet formulas and Markdown.
/// </summary>
public static class ExportSamples
{
    public static Person Alice { get; } = new("29:alice", "Alice Chen");

    public static Person Bob { get; } = new("29:bob", "Bob Müller");

    public static DateTimeOffset Start { get; } = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    public const string DeletedText = "secret: taken back";

    public static JourneyMap Map(MapScope scope, string id = "abcde") => new()
    {
        Id = id,
        Scope = scope,
        Name = "Voyage “Ünïcode”, 旅程 ✈️",
        Persona = "First-time buyer, \"busy\"",
        Goal = "Why do *trial* users not convert?",
        Template = MapTemplate.ServiceBlueprint,
        Stages = [new Stage("s1", "Awareness, “first look”"), new Stage("s2", "购买 🛒"), new Stage("s3", "Use")],
        Lanes =
        [
            new Lane("l1", "Customer", LaneKind.Customer),
            new Lane("l2", "Front=stage", LaneKind.Frontstage, Bob),
            new Lane("l3", "Backstage", LaneKind.Backstage),
        ],
        CreatedBy = Alice,
        CreatedAt = Start,
        UpdatedAt = Start.AddMinutes(1),
        Facilitators = [Bob],
    };

    /// <summary>Ten live notes (one per kind) and a deleted one, in the order they were added.</summary>
    public static IReadOnlyList<Note> Notes(string mapId = "abcde")
    {
        Note Make(int minute, string id, NoteKind kind, string stage, string lane, string text, Person? author = null) => new()
        {
            MapId = mapId,
            Id = id,
            Kind = kind,
            StageId = stage,
            LaneId = lane,
            Text = text,
            Author = author ?? Alice,
            CreatedAt = Start.AddMinutes(minute),
        };

        var evidence = Make(10, "ev10", NoteKind.Evidence, "s3", "l1", "40% drop after day one") with { Source = EvidenceSource.Analytics, Validated = true };
        evidence = evidence.Edit("40% drop after day one (cohort of 1,200)", Bob, Start.AddMinutes(20)).Edit("42% drop after day one, \"cohort\" of 1,200", Alice, Start.AddMinutes(21));
        return
        [
            Make(1, "ac01", NoteKind.Action, "s1", "l1", "Sees the ad, then \"compares\" plans, prices\nand 📱 reviews"),
            Make(2, "tp02", NoteKind.Touchpoint, "s2", "l1", "Checkout page") with { Channel = "web, app" },
            Make(3, "pp03", NoteKind.PainPoint, "s2", "l1", "=HYPERLINK(\"http://evil.example\",\"click\")") with { Category = "assessment" },
            Make(4, "em04", NoteKind.Emotion, "s3", "l1", "-2 setup takes a day") with { Score = -2 },
            Make(5, "gf05", NoteKind.GreenFlag, "s1", "l2", "+ friendly agent", Bob),
            Make(6, "rf06", NoteKind.RedFlag, "s2", "l3", "@SUM(1+1) card declined ❌"),
            Make(7, "qu07", NoteKind.Quote, "s3", "l1", "我打了三次电话") with { Speaker = "Ana, customer" },
            Make(8, "op08", NoteKind.Opportunity, "s3", "l2", "# Self-service *status* page [link](http://x.example) <b>bold</b>"),
            Make(9, "ho09", NoteKind.Handoff, "s2", "l2", "Signed order emailed") with { ToLaneId = "l3", Category = "hand-off" },
            evidence,
            Make(11, "dl11", NoteKind.RedFlag, "s1", "l1", DeletedText).Delete(Alice, Start.AddMinutes(30)),
        ];
    }
}
