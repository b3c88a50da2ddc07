using JourneyBot.Domain.Maps;

namespace JourneyBot.Journeys.Sharing;

/// <summary>
/// Makes and checks the signed, expiring links to a map's page (<c>/maps/{id}/view</c>) and exports
/// (<c>/maps/{id}/export/{csv|markdown|json}</c>). Whoever holds a valid link sees that map, so links go
/// only to the map's conversation.
/// </summary>
public interface IMapLinks
{
    /// <summary>An absolute link for <paramref name="purpose"/> on a map, valid for the configured lifetime.</summary>
    Uri Create(MapScope scope, string mapId, MapLinkPurpose purpose);

    /// <summary>
    /// The grant a token carries, or null when it is missing, malformed, tampered with, made for another
    /// map or purpose, or expired.
    /// </summary>
    MapLinkGrant? Verify(string mapId, MapLinkPurpose purpose, string? token);
}
