using System.Globalization;
using JourneyBot.Domain.Maps;
using JourneyBot.Storage.Tables;

namespace JourneyBot.Storage.Reminders;

/// <summary>
/// Keys of the reminders table. Due rows are partitioned by the UTC hour they are due in
/// (<c>due|yyyyMMddHH</c>) and sorted by due time inside it (<c>yyyyMMddHHmmss|map</c>), so "what is due"
/// is one range query per hour since the last round. Each map has one index row (<c>map|...</c>, <c>next</c>)
/// pointing at its current due row; one cursor row remembers the oldest hour that may still hold rows.
/// </summary>
internal static class ReminderKeys
{
    public const string DuePartitionPrefix = "due|";
    public const string IndexPartitionPrefix = "map|";
    public const string IndexRow = "next";
    public const string CursorPartition = "cursor";
    public const string CursorRow = "cursor";

    private const string HourFormat = "yyyyMMddHH";
    private const string SecondFormat = "yyyyMMddHHmmss";

    public static string MapKey(MapScope scope, string mapId)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return TableKey.Compose(scope.TenantId, scope.Container, mapId);
    }

    public static string IndexPartition(MapScope scope, string mapId) => IndexPartitionPrefix + MapKey(scope, mapId);

    public static DateTimeOffset Hour(DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        return new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero);
    }

    public static string DuePartition(DateTimeOffset due) => DuePartitionPrefix + Bucket(due);

    public static string Bucket(DateTimeOffset instant) => instant.UtcDateTime.ToString(HourFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseBucket(string bucket) =>
        new(DateTime.SpecifyKind(DateTime.ParseExact(bucket, HourFormat, CultureInfo.InvariantCulture), DateTimeKind.Utc));

    public static string DueRow(DateTimeOffset due, MapScope scope, string mapId) => Stamp(due) + TableKey.PartSeparator + MapKey(scope, mapId);

    /// <summary>The first row key after every row due at or before <paramref name="now"/> ('}' follows '|').</summary>
    public static string DueRowEnd(DateTimeOffset now) => Stamp(now) + "}";

    private static string Stamp(DateTimeOffset instant) => instant.UtcDateTime.ToString(SecondFormat, CultureInfo.InvariantCulture);
}
