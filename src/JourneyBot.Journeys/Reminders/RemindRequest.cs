using JourneyBot.Domain.Reminders;

namespace JourneyBot.Journeys.Reminders;

/// <summary>A parsed <c>remind</c> command: the new cadence for <see cref="RemindRequestKind.Set"/>, the map for a snooze.</summary>
public sealed record RemindRequest(RemindRequestKind Kind, ReviewCadence? Cadence = null, string? MapId = null, string? Echo = null);
