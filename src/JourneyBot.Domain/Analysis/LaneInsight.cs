using JourneyBot.Domain.Maps;

namespace JourneyBot.Domain.Analysis;

/// <summary>
/// One lane of the analysed map: its notes by kind (a hand-off counts in the lane it leaves and the lane
/// it reaches) and the mean emotion score of its emotion notes.
/// </summary>
/// <param name="Lane">The lane.</param>
/// <param name="Position">1-based, top to bottom.</param>
/// <param name="Counts">Its notes by kind.</param>
/// <param name="AverageEmotion">The mean score of its emotion notes, or null when it has none.</param>
/// <param name="EmotionCount">How many emotion scores the average is made of.</param>
public sealed record LaneInsight(Lane Lane, int Position, KindCounts Counts, double? AverageEmotion, int EmotionCount);
