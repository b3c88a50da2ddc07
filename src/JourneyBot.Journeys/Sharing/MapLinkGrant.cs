using JourneyBot.Domain.Maps;

namespace JourneyBot.Journeys.Sharing;

/// <summary>What a valid link lets its holder open: one map of one scope, for one purpose, until it expires.</summary>
public sealed record MapLinkGrant(MapScope Scope, string MapId, MapLinkPurpose Purpose, DateTimeOffset ExpiresAt);
