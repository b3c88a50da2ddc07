namespace JourneyBot.Domain.Maps;

/// <summary>A swimlane: one actor or blueprint layer, optionally owned by a person who keeps it filled.</summary>
public sealed record Lane(string Id, string Name, LaneKind Kind, Person? Owner = null);
