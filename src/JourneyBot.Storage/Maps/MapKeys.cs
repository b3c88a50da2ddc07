using JourneyBot.Domain.Maps;
using JourneyBot.Storage.Tables;

namespace JourneyBot.Storage.Maps;

/// <summary>
/// Keys of the maps table. One partition per scope holds the scope's maps (<c>map|</c> rows) and each
/// person's selected map (<c>sel|</c> rows), so listing the maps is one range query.
/// </summary>
internal static class MapKeys
{
    public const string MapRowPrefix = "map|";
    public const string SelectionRowPrefix = "sel|";

    /// <summary>The first string after every <c>map|...</c> row key ('}' follows '|').</summary>
    public const string MapRowEnd = "map}";

    /// <summary>
    /// Tenant and container encoded separately (see <see cref="TableKey.Compose(string, string)"/>): the same as encoding
    /// <see cref="MapScope.ToString"/>, except that ids containing '|' cannot run into each other.
    /// </summary>
    public static string Partition(MapScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return TableKey.Compose(scope.TenantId, scope.Container);
    }

    public static string MapRow(string mapId) => MapRowPrefix + TableKey.Encode(mapId);

    public static string SelectionRow(string userId) => SelectionRowPrefix + TableKey.Encode(userId);
}
