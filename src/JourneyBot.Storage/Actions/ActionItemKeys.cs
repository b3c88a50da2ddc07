using JourneyBot.Domain.Maps;
using JourneyBot.Storage.Tables;

namespace JourneyBot.Storage.Actions;

/// <summary>
/// Keys of the actions table: one partition per map, encoded like the notes partition (tenant, container and
/// map id, see <see cref="TableKey.Compose(string, string, string)"/>), so a map's plan is one partition query.
/// </summary>
internal static class ActionItemKeys
{
    public static string Partition(MapScope scope, string mapId)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(mapId);
        return TableKey.Compose(scope.TenantId, scope.Container, mapId);
    }

    /// <summary>The item id, encoded: the caller keeps ids short and unique within the map.</summary>
    public static string Row(string itemId) => TableKey.Encode(itemId);
}
