using JourneyBot.Domain.Notes;

namespace JourneyBot.Journeys.Notes;

/// <summary>
/// A note typed in one message, as read by <see cref="NoteShortcutParser"/>. Stage and lane are the
/// names as typed (cleaned of extra spaces), not yet matched against a map: that is
/// <see cref="NameMatcher"/>'s job, with the map in hand.
/// </summary>
/// <param name="Kind">What kind of note it is.</param>
/// <param name="Stage">The stage as typed: a name or a position number.</param>
/// <param name="Lane">The lane as typed (for a hand-off, the lane it comes from); null when not given.</param>
/// <param name="Text">The note itself, trimmed; inner line breaks kept.</param>
public sealed record NoteShortcut(NoteKind Kind, string Stage, string? Lane, string Text)
{
    /// <summary>Hand-off: the lane it goes to, as typed.</summary>
    public string? ToLane { get; init; }

    /// <summary>Emotion: the score, -2..+2.</summary>
    public int? Score { get; init; }

    /// <summary>Quote: who said it, when given after the closing quotation mark.</summary>
    public string? Speaker { get; init; }

    /// <summary>Touchpoint: the channel, when given in brackets at the end of the text.</summary>
    public string? Channel { get; init; }

    /// <summary>Evidence: where it comes from, when tagged.</summary>
    public EvidenceSource? Source { get; init; }

    /// <summary>Evidence: whether it was tagged as validated with real customers; null for other kinds.</summary>
    public bool? Validated { get; init; }
}
