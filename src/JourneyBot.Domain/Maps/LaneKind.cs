namespace JourneyBot.Domain.Maps;

/// <summary>The blueprint layer a lane belongs to.</summary>
public enum LaneKind
{
    Customer,
    PhysicalEvidence,
    Frontstage,
    Backstage,
    Support,
    Stakeholder,
}
