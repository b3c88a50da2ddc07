namespace JourneyBot.Domain.Reminders;

/// <summary>
/// How often a map's reviewers are reminded, and when: a weekday (or day of the month) and a local time
/// in an IANA time zone. The default is every 2 weeks on Monday at 09:00.
/// </summary>
public sealed record ReviewCadence
{
    /// <summary>The most weeks between two reminders.</summary>
    public const int MaxWeeks = 12;

    /// <summary>The most months between two reminders.</summary>
    public const int MaxMonths = 12;

    /// <summary>The most minutes between two reminders (test cadences only).</summary>
    public const int MaxMinutes = 24 * 60;

    /// <summary>The time zone used when none is known.</summary>
    public const string DefaultTimeZoneId = "UTC";

    /// <summary>Every 2 weeks on Monday at 09:00 UTC.</summary>
    public static ReviewCadence Default { get; } = new();

    /// <summary>False after <c>remind off</c>: the cadence is kept, but no reminder is scheduled.</summary>
    public bool Enabled { get; init; } = true;

    public CadenceUnit Unit { get; init; } = CadenceUnit.Weeks;

    /// <summary>How many <see cref="Unit"/>s lie between two reminders (at least 1).</summary>
    public int Every { get; init; } = 2;

    /// <summary>The weekday of a weekly cadence.</summary>
    public DayOfWeek Weekday { get; init; } = DayOfWeek.Monday;

    /// <summary>The day of a monthly cadence (1-31; the month's last day when it has fewer).</summary>
    public int DayOfMonth { get; init; } = 1;

    /// <summary>The local time of day the reminder is due.</summary>
    public TimeOnly TimeOfDay { get; init; } = new(9, 0);

    /// <summary>An IANA time zone id, e.g. <c>Europe/Berlin</c>.</summary>
    public string TimeZoneId { get; init; } = DefaultTimeZoneId;

    /// <summary>The default cadence in <paramref name="timeZoneId"/>, or in UTC when it is not a known zone.</summary>
    public static ReviewCadence DefaultIn(string? timeZoneId) =>
        TryFindTimeZone(timeZoneId, out var zone) ? Default with { TimeZoneId = zone.Id } : Default;

    /// <summary>The time zone of this cadence (UTC when the id is unknown on this machine).</summary>
    public TimeZoneInfo TimeZone => TryFindTimeZone(TimeZoneId, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>Looks up an IANA (or Windows) time zone id, ignoring case.</summary>
    public static bool TryFindTimeZone(string? id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64)
        {
            return false;
        }

        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
            return true;
        }
        catch (TimeZoneNotFoundException)
        {
            return false;
        }
        catch (InvalidTimeZoneException)
        {
            return false;
        }
    }
}
