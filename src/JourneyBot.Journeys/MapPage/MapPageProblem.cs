namespace JourneyBot.Journeys.MapPage;

/// <summary>Why a map page is not shown.</summary>
public enum MapPageProblem
{
    /// <summary>The link is missing, tampered with, expired or made for another map (which of these is not said).</summary>
    LinkRefused,

    /// <summary>The link is valid but its map was deleted.</summary>
    MapNotFound,
}
