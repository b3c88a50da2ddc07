using JourneyBot.Domain.Maps;
using JourneyBot.Storage.Tables;

namespace JourneyBot.Storage.Notes;

/// <summary>
/// Keys of the notes table. One partition per map holds all of its notes, so listing them is one
/// partition query and adding them never contends with the map row or with other maps.
/// </summary>
internal static class NoteKeys
{
    /// <summary>
    /// Tenant, container and map id encoded separately (see <see cref="TableKey.Compose(string, string, string)"/>):
    /// the maps partition of the scope, '|', and the encoded map id, because a map id is only unique within its scope.
    /// Very long ids hash the key as a whole, so it stays within <see cref="TableKey.MaxLength"/>.
    /// </summary>
    public static string Partition(MapScope scope, string mapId)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(mapId);
        return TableKey.Compose(scope.TenantId, scope.Container, mapId);
    }

    /// <summary>The note id, encoded: the caller keeps ids short and unique within the map.</summary>
    public static string Row(string noteId) => TableKey.Encode(noteId);
}
