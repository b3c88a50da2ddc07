using JourneyBot.Domain.Actions;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;

namespace JourneyBot.Domain.Analysis;

/// <summary>
/// The state of a map at a glance, as <see cref="MapAnalysis.Analyse"/> found it: counts, the emotion
/// curve with its peak and end, what works and what doesn't, gaps and recent changes. Only notes that are
/// not deleted and sit on a stage and lane of the map count, except in <see cref="Changes"/>.
/// </summary>
public sealed record MapInsights
{
    public required JourneyMap Map { get; init; }

    /// <summary>The stage and/or lane the analysis was narrowed to, if any.</summary>
    public MapFocus? Focus { get; init; }

    /// <summary>Notes counted.</summary>
    public required int NoteCount { get; init; }

    /// <summary>People who wrote the notes counted.</summary>
    public required int Contributors { get; init; }

    /// <summary>All notes counted, by kind.</summary>
    public required KindCounts Counts { get; init; }

    /// <summary>Every stage of the map, in order.</summary>
    public required IReadOnlyList<StageInsight> Stages { get; init; }

    /// <summary>Every lane of the map, top to bottom.</summary>
    public required IReadOnlyList<LaneInsight> Lanes { get; init; }

    /// <summary>The average emotion of each stage, left to right (null where a stage has no score).</summary>
    public IReadOnlyList<double?> EmotionCurve => Stages.Select(s => s.AverageEmotion).ToList();

    /// <summary>The stage with the lowest average emotion (the first of equals), or null when no stage has scores.</summary>
    public EmotionMoment? MostNegative { get; init; }

    /// <summary>The stage with the highest average emotion (the first of equals), or null when no stage has scores.</summary>
    public EmotionMoment? MostPositive { get; init; }

    /// <summary>
    /// The end of the journey as the customer remembers it: the last stage with emotion scores, or the last
    /// stage (with no average) when none has any; null for a map without stages.
    /// </summary>
    public EmotionMoment? End { get; init; }

    /// <summary>Green flags, in stage order, newest first within a stage.</summary>
    public required IReadOnlyList<Note> WorksWell { get; init; }

    /// <summary>Red flags and pain points, in stage order, newest first within a stage.</summary>
    public required IReadOnlyList<Note> DoesNotWork { get; init; }

    /// <summary>Quotes, in stage order, newest first within a stage.</summary>
    public required IReadOnlyList<Note> Quotes { get; init; }

    public required CoverageGaps Gaps { get; init; }

    public required MapChanges Changes { get; init; }

    /// <summary>
    /// The pending action items, when the caller looked them up (they are not notes, so
    /// <see cref="MapAnalysis.Analyse"/> leaves this null).
    /// </summary>
    public ActionPlan? Actions { get; init; }
}
