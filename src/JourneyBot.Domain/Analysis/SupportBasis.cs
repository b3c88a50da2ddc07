namespace JourneyBot.Domain.Analysis;

/// <summary>Which lanes count as the service's support behind the customer when looking for unsupported stages.</summary>
public enum SupportBasis
{
    /// <summary>The map has backstage or support-process lanes (a blueprint): only those count.</summary>
    BlueprintLanes,

    /// <summary>
    /// No backstage or support lanes, but lanes for teams (stakeholder, frontstage): a stage where no team
    /// lane has a note is one where nobody has mapped what the service does for the customer.
    /// </summary>
    TeamLanes,

    /// <summary>Only the customer lane (or no lane): support cannot be judged, so no stage is reported.</summary>
    None,
}
