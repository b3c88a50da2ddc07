using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;

namespace JourneyBot.Domain.Tests.Analysis;

/// <summary>Hand-built maps and notes for the analysis tests.</summary>
internal static class AnalysisNotes
{
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    public static readonly Person Alice = new("29:alice", "Alice");
    public static readonly Person Bob = new("29:bob", "Bob");
    public static readonly Person Carol = new("29:carol", "Carol");

    private static int _nextId;

    /// <summary>
    /// A blueprint: stages s1 awareness, s2 consideration, s3 purchase, s4 use, s5 feedback; lanes l1 physicalEvidence,
    /// l2 customer, l3 frontstage, l4 backstage, l5 supportProcesses.
    /// </summary>
    public static JourneyMap Blueprint() =>
        MapLayouts.Create("m1", new MapScope("t", "c"), "Checkout", "buyer", "why", MapTemplate.ServiceBlueprint, Alice, Now.AddDays(-60), key => key);

    /// <summary>A customer journey: the same stages, only the customer lane (l1).</summary>
    public static JourneyMap Journey() =>
        MapLayouts.Create("m1", new MapScope("t", "c"), "Checkout", "buyer", "why", MapTemplate.CustomerJourney, Alice, Now.AddDays(-60), key => key);

    public static Note Note(
        NoteKind kind,
        string stage,
        string lane,
        string text = "text",
        Person? by = null,
        DateTimeOffset? at = null,
        int? score = null,
        string? toLane = null) => new()
        {
            MapId = "m1",
            Id = "n" + Interlocked.Increment(ref _nextId),
            Kind = kind,
            StageId = stage,
            LaneId = lane,
            ToLaneId = toLane,
            Text = text,
            Score = score,
            Author = by ?? Alice,
            CreatedAt = at ?? Now.AddDays(-30),
            UpdatedAt = at ?? Now.AddDays(-30),
        };

    public static Note Emotion(string stage, int score, string lane = "l2", DateTimeOffset? at = null) =>
        Note(NoteKind.Emotion, stage, lane, "feels", score: score, at: at);
}
