namespace JourneyBot.Domain.Maps;

/// <summary>Why a change to a map was refused.</summary>
public enum MapRule
{
    EmptyName,
    DuplicateStage,
    DuplicateMapName,
    TooManyStages,
    NameTooLong,
    UnknownStage,
    UnknownLane,
    DuplicateLane,
    SecondCustomerLane,
    TooManyLanes,
}

/// <summary>A change that breaks a rule of the map; the caller tells the user which.</summary>
public sealed class MapRuleException(MapRule rule, string? subject = null)
    : Exception($"Map rule broken: {rule} ({subject}).")
{
    public MapRule Rule { get; } = rule;

    /// <summary>The name or value that broke the rule, if any.</summary>
    public string? Subject { get; } = subject;
}
