using JourneyBot.Domain.Maps;

namespace JourneyBot.Domain.Analysis;

/// <summary>Where the map is thin: the "where do customers fall through the cracks?" questions.</summary>
/// <param name="Basis">Which lanes were taken as support (see <see cref="SupportBasis"/>).</param>
/// <param name="StagesWithoutSupport">Stages with no note in a support lane; empty when <paramref name="Basis"/> is <see cref="SupportBasis.None"/>.</param>
/// <param name="LanesWithoutNotes">Lanes no note is in (nor a hand-off reaches).</param>
/// <param name="StagesWithoutEvidence">Stages with no evidence note.</param>
/// <param name="LanesWithoutOwner">Lanes other than the customer's that nobody owns.</param>
public sealed record CoverageGaps(
    SupportBasis Basis,
    IReadOnlyList<Stage> StagesWithoutSupport,
    IReadOnlyList<Lane> LanesWithoutNotes,
    IReadOnlyList<Stage> StagesWithoutEvidence,
    IReadOnlyList<Lane> LanesWithoutOwner);
