using System.Globalization;
using JourneyBot.Domain.Maps;
using JourneyBot.Storage.Tables;

namespace JourneyBot.Storage.Reviews;

/// <summary>
/// Keys of the reviews and snapshots tables: one partition per map (tenant, container and map id, as for notes).
/// Reviews hold an <c>open</c> row naming the open review, a <c>r|</c> row per review and a <c>c|</c> row per
/// confirmation (review, note, person), so people confirming at once never write the same row.
/// Snapshot rows are keyed by inverted time, so the latest comes first.
/// </summary>
internal static class ReviewKeys
{
    public const string OpenRow = "open";

    public static string Partition(MapScope scope, string mapId)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return TableKey.Compose(scope.TenantId, scope.Container, mapId);
    }

    public static string ReviewRow(string reviewId) => "r|" + TableKey.Encode(reviewId);

    /// <summary>Every confirmation row of a review starts with this ('|' inside ids is escaped by the encoding).</summary>
    public static string ConfirmationPrefix(string reviewId) => "c|" + TableKey.Encode(reviewId) + "|";

    /// <summary>The first key after every <see cref="ConfirmationPrefix"/> row ('}' follows '|').</summary>
    public static string ConfirmationEnd(string reviewId) => "c|" + TableKey.Encode(reviewId) + "}";

    public static string ConfirmationRow(string reviewId, string noteId, string userId) =>
        ConfirmationPrefix(reviewId) + TableKey.Encode(noteId) + "|" + TableKey.Encode(userId);

    /// <summary>Inverted ticks, zero-padded, then the review id: newer snapshots sort first.</summary>
    public static string SnapshotRow(DateTimeOffset takenAt, string reviewId) =>
        (DateTimeOffset.MaxValue.UtcTicks - takenAt.UtcTicks).ToString("D19", CultureInfo.InvariantCulture) + "|" + TableKey.Encode(reviewId);
}
