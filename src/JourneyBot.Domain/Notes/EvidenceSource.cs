namespace JourneyBot.Domain.Notes;

/// <summary>Where a piece of evidence comes from.</summary>
public enum EvidenceSource
{
    Interview,
    Survey,
    Analytics,
    Nps,
    Csat,
    Other,
}
