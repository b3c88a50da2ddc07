namespace JourneyBot.Domain.Maps;

/// <summary>The starting layout of a new map.</summary>
public enum MapTemplate
{
    CustomerJourney,
    SprintServiceMap,
    ServiceBlueprint,
    Blank,
}
