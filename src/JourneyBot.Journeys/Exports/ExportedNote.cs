namespace JourneyBot.Journeys.Exports;

/// <summary>
/// A live note of an exported map. Stage and lanes are named by id and by name: the id is what import
/// follows; the name is for readers, and for hand-written documents without ids.
/// </summary>
public sealed record ExportedNote
{
    public string? Id { get; init; }

    /// <summary>action, touchpoint, painPoint, emotion, greenFlag, redFlag, quote, opportunity, handoff or evidence.</summary>
    public string? Kind { get; init; }

    public string? StageId { get; init; }
    public string? StageName { get; init; }
    public string? LaneId { get; init; }
    public string? LaneName { get; init; }

    /// <summary>Hand-off: the lane the work goes to.</summary>
    public string? ToLaneId { get; init; }

    public string? ToLaneName { get; init; }
    public string? Text { get; init; }
    public ExportedPerson? Author { get; init; }
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Null when the note was never changed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    public string? Category { get; init; }
    public string? Channel { get; init; }
    public int? Score { get; init; }
    public string? Speaker { get; init; }

    /// <summary>interview, survey, analytics, nps, csat or other.</summary>
    public string? Source { get; init; }

    public bool? Validated { get; init; }
    public IReadOnlyList<ExportedRevision?>? History { get; init; }

    /// <summary>Always false in an export (archived notes are deleted notes, which are not exported).</summary>
    public bool? Archived { get; init; }
}
