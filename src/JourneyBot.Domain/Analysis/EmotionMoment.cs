using JourneyBot.Domain.Maps;

namespace JourneyBot.Domain.Analysis;

/// <summary>A stage singled out on the emotion curve (the lowest, the highest, or the end of the journey).</summary>
/// <param name="Stage">The stage.</param>
/// <param name="Position">1-based, left to right.</param>
/// <param name="Average">Its mean emotion score; null only for an end when no stage has scores.</param>
public sealed record EmotionMoment(Stage Stage, int Position, double? Average);
