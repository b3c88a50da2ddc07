using JourneyBot.Domain.Maps;

namespace JourneyBot.Journeys.Maps;

/// <summary>Why no current map could be found.</summary>
public enum MapLookupProblem
{
    None,
    NoMaps,
    NoneSelected,
}

/// <summary>The person's current map, or why there is none.</summary>
public sealed record MapLookup(JourneyMap? Map, MapLookupProblem Problem);
