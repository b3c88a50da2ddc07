namespace JourneyBot.Domain.Analysis;

/// <summary>
/// Narrows an analysis to one stage, one lane, or both: only the notes there count (a hand-off is in
/// both the lane it leaves and the lane it reaches).
/// </summary>
public sealed record MapFocus(string? StageId = null, string? LaneId = null)
{
    public static MapFocus OnStage(string stageId) => new(StageId: stageId);

    public static MapFocus OnLane(string laneId) => new(LaneId: laneId);
}
