namespace JourneyBot.Domain.Maps;

/// <summary>A swimlane: one actor or blueprint layer.</summary>
public sealed record Lane(string Id, string Name, LaneKind Kind);
