namespace JourneyBot.Journeys.MapPage;

/// <summary>
/// Where everything on a map page goes, computed before any markup is written so that it can be checked
/// (no two cards overlap, every card sits in its cell). The board is <see cref="Width"/> by
/// <see cref="Height"/>: lane labels take the <see cref="LabelWidth"/> on the left, the emotion curve
/// and stage headers the <see cref="BoardTop"/> at the top.
/// </summary>
internal sealed record MapPageLayout(
    double Width,
    double Height,
    double LabelWidth,
    double BoardTop,
    Box EmotionBand,
    IReadOnlyList<StageColumn> Stages,
    IReadOnlyList<LaneRow> Lanes,
    IReadOnlyList<NoteCard> Cards,
    IReadOnlyList<HandoffArrow> Arrows,
    IReadOnlyList<EmotionPoint> Emotion)
{
    /// <summary>The y of a score (-2..+2) on the emotion curve.</summary>
    public double EmotionY(double score) =>
        EmotionBand.Y + (EmotionBand.Height / 2) - (score / 2 * (EmotionBand.Height / 2));
}
