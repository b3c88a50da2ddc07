namespace JourneyBot.Domain.Reminders;

/// <summary>
/// The cadence maths, on local wall-clock time in the cadence's time zone so that "Monday 09:00" stays
/// 09:00 across daylight-saving changes. A local time skipped by a spring-forward change is moved forward
/// by the gap; a repeated one (autumn) is the first of the two. Every result is UTC.
/// </summary>
public static class ReminderSchedule
{
    private const int MaxQuietShifts = 8;

    /// <summary>The first due time of <paramref name="cadence"/> strictly after <paramref name="after"/>.</summary>
    public static DateTimeOffset FirstAfter(ReviewCadence cadence, DateTimeOffset after)
    {
        ArgumentNullException.ThrowIfNull(cadence);
        if (cadence.Unit == CadenceUnit.Minutes)
        {
            return after.ToUniversalTime().AddMinutes(Every(cadence));
        }

        var candidate = FirstAtOrAfterLocal(cadence, LocalWallClock(cadence.TimeZone, after));
        return candidate > after ? candidate : FirstAtOrAfterLocal(cadence, LocalWallClock(cadence.TimeZone, after).AddMinutes(1));
    }

    /// <summary>
    /// The first due time at least one whole period (N weeks, N months, N minutes) after <paramref name="from"/>:
    /// the next reminder after one was due at <paramref name="from"/>, or after a review closed then.
    /// </summary>
    public static DateTimeOffset OnePeriodAfter(ReviewCadence cadence, DateTimeOffset from)
    {
        ArgumentNullException.ThrowIfNull(cadence);
        if (cadence.Unit == CadenceUnit.Minutes)
        {
            return from.ToUniversalTime().AddMinutes(Every(cadence));
        }

        var local = LocalWallClock(cadence.TimeZone, from);
        var target = cadence.Unit == CadenceUnit.Months ? local.AddMonths(Every(cadence)) : local.AddDays(7 * Every(cadence));
        return FirstAtOrAfterLocal(cadence, target);
    }

    /// <summary>
    /// The next due time after the reminder due at <paramref name="previous"/> was sent at <paramref name="now"/>:
    /// one period on, and when the bot was down for longer than that, the first due time after now, so
    /// that missed periods are not sent one after the other.
    /// </summary>
    public static DateTimeOffset NextAfterSent(ReviewCadence cadence, DateTimeOffset previous, DateTimeOffset now)
    {
        var next = OnePeriodAfter(cadence, previous);
        return next > now ? next : FirstAfter(cadence, now);
    }

    /// <summary>
    /// When a reminder due at <paramref name="due"/> may be sent: later when that falls in the quiet hours
    /// or on a weekend (local time in <paramref name="timeZone"/>), otherwise unchanged.
    /// </summary>
    public static DateTimeOffset Deliverable(DateTimeOffset due, TimeZoneInfo timeZone, QuietHours quiet)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        ArgumentNullException.ThrowIfNull(quiet);
        var result = due.ToUniversalTime();
        for (var i = 0; i < MaxQuietShifts; i++)
        {
            var local = LocalWallClock(timeZone, result);
            var time = TimeOnly.FromDateTime(local);
            DateTime? moved = null;
            if (quiet.Weekends && local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                var days = local.DayOfWeek == DayOfWeek.Saturday ? 2 : 1;
                moved = local.Date.AddDays(days).Add(quiet.Start != quiet.End ? quiet.End.ToTimeSpan() : TimeSpan.Zero);
            }
            else if (quiet.IsQuiet(time))
            {
                var endToday = local.Date.Add(quiet.End.ToTimeSpan());
                moved = endToday > local ? endToday : endToday.AddDays(1);
            }

            if (moved is null)
            {
                return result;
            }

            result = ToUtc(timeZone, moved.Value);
        }

        return result;
    }

    /// <summary>The local wall-clock time of <paramref name="instant"/> in <paramref name="timeZone"/> (kind unspecified).</summary>
    public static DateTime LocalWallClock(TimeZoneInfo timeZone, DateTimeOffset instant)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        return DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(instant, timeZone).DateTime, DateTimeKind.Unspecified);
    }

    /// <summary>
    /// The instant a local wall-clock time stands for: a skipped time is moved forward by the gap, a
    /// repeated one is the earlier instant.
    /// </summary>
    public static DateTimeOffset ToUtc(TimeZoneInfo timeZone, DateTime local)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        var wall = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        TimeSpan offset;
        if (timeZone.IsInvalidTime(wall))
        {
            // The offset in force before the gap: 02:30 on a spring-forward night becomes 03:30.
            offset = timeZone.GetUtcOffset(wall.AddHours(-3));
        }
        else if (timeZone.IsAmbiguousTime(wall))
        {
            offset = timeZone.GetAmbiguousTimeOffsets(wall).Max();
        }
        else
        {
            offset = timeZone.GetUtcOffset(wall);
        }

        return new DateTimeOffset(wall.Ticks - offset.Ticks, TimeSpan.Zero);
    }

    /// <summary>The first slot of the cadence whose local wall-clock time is at or after <paramref name="local"/>.</summary>
    private static DateTimeOffset FirstAtOrAfterLocal(ReviewCadence cadence, DateTime local)
    {
        var zone = cadence.TimeZone;
        var time = cadence.TimeOfDay.ToTimeSpan();
        if (cadence.Unit == CadenceUnit.Months)
        {
            for (var month = 0; ; month++)
            {
                var first = new DateTime(local.Year, local.Month, 1).AddMonths(month);
                var day = Math.Min(Math.Clamp(cadence.DayOfMonth, 1, 31), DateTime.DaysInMonth(first.Year, first.Month));
                var slot = first.AddDays(day - 1).Add(time);
                if (slot >= local)
                {
                    return ToUtc(zone, slot);
                }
            }
        }

        var daysAhead = ((int)cadence.Weekday - (int)local.DayOfWeek + 7) % 7;
        var candidate = local.Date.AddDays(daysAhead).Add(time);
        if (candidate < local)
        {
            candidate = candidate.AddDays(7);
        }

        return ToUtc(zone, candidate);
    }

    private static int Every(ReviewCadence cadence) => Math.Max(1, cadence.Every);
}
