namespace JourneyBot.Domain.Reviews;

/// <summary>What a reviewer said about a note.</summary>
public enum ReviewVerdict
{
    /// <summary>The note still holds as it is.</summary>
    Keep,

    /// <summary>The note was corrected (its text edited).</summary>
    Edit,

    /// <summary>
    /// The note should go. Deleted at once when the reviewer may change it (author or facilitator); otherwise a
    /// flag for the facilitator, and the note stays until one of them deletes it.
    /// </summary>
    Remove,
}
