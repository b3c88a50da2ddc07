using JourneyBot.Domain.Maps;

namespace JourneyBot.Domain.Analysis;

/// <summary>One stage of the analysed map: its notes by kind and how the customer feels there.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="Position">1-based, left to right.</param>
/// <param name="Counts">Its notes by kind.</param>
/// <param name="AverageEmotion">The mean score of its emotion notes (-2..+2), or null when it has none.</param>
/// <param name="EmotionCount">How many emotion scores the average is made of.</param>
public sealed record StageInsight(Stage Stage, int Position, KindCounts Counts, double? AverageEmotion, int EmotionCount);
