namespace JourneyBot.Journeys.Summaries;

/// <summary>What <c>summary ...</c> asked about.</summary>
public enum SummaryTargetKind
{
    Map,
    Stage,
    Lane,

    /// <summary>A name that is no stage or lane of the map.</summary>
    Unknown,
}
