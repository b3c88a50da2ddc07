namespace JourneyBot.Domain.Reviews;

/// <summary>Whether people can still confirm notes in a review.</summary>
public enum ReviewStatus
{
    Open,
    Closed,
}
