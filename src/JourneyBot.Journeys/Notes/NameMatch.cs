using System.Diagnostics.CodeAnalysis;

namespace JourneyBot.Journeys.Notes;

/// <summary>
/// What a typed name matched: one candidate the person clearly meant (<see cref="Match"/>), or else
/// up to three <see cref="Suggestions"/> to offer back ("did you mean...?"), best first. Never both.
/// </summary>
public sealed record NameMatch(NameCandidate? Match, IReadOnlyList<NameCandidate> Suggestions)
{
    /// <summary>Nothing matched and there is nothing close enough to suggest.</summary>
    public static NameMatch None { get; } = new(null, []);

    /// <summary>True when the typed name equals a candidate's name (or position), so it is safe to act on.</summary>
    [MemberNotNullWhen(true, nameof(Match))]
    public bool IsMatch => Match is not null;
}
