namespace JourneyBot.Domain.Abstractions;

/// <summary>What a click claimed: the id and creation time of the one thing it makes.</summary>
/// <param name="ItemId">The id of the note or action item the click makes.</param>
/// <param name="At">When it was made (its creation time, the same for every click).</param>
public sealed record SubmissionClaim(string ItemId, DateTimeOffset At)
{
    /// <summary>True when this click made the claim; false when an earlier click had.</summary>
    public bool IsNew { get; init; }
}
