using JourneyBot.Domain.Maps;

namespace JourneyBot.Domain.Actions;

/// <summary>One step of an action item's status history: from what, to what, by whom, when.</summary>
public sealed record ActionStatusChange(ActionStatus From, ActionStatus To, Person By, DateTimeOffset At);
