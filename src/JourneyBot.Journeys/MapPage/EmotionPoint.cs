namespace JourneyBot.Journeys.MapPage;

/// <summary>The average emotion score of a stage (-2..+2, from <paramref name="Count"/> notes), placed on the curve.</summary>
internal sealed record EmotionPoint(string StageId, double Average, int Count, double X, double Y);
