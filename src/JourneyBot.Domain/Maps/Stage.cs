namespace JourneyBot.Domain.Maps;

/// <summary>A phase of the journey; stages are ordered left to right in time.</summary>
public sealed record Stage(string Id, string Name);
