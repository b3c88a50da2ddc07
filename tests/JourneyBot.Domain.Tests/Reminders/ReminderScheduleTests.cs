using JourneyBot.Domain.Reminders;
using Microsoft.Extensions.Time.Testing;

namespace JourneyBot.Domain.Tests.Reminders;

public sealed class ReminderScheduleTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private static ReviewCadence Weekly(string zone, int every = 1, DayOfWeek day = DayOfWeek.Monday, int hour = 9, int minute = 0) =>
        new() { Unit = CadenceUnit.Weeks, Every = every, Weekday = day, TimeOfDay = new TimeOnly(hour, minute), TimeZoneId = zone };

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void Weekly_is_due_on_the_next_weekday_at_the_local_time()
    {
        // Friday 2026-11-20 10:00 UTC: the next Monday 09:00 in Berlin (UTC+1 in winter) is 2026-11-23 08:00 UTC.
        var time = new FakeTimeProvider(Utc(2026, 11, 20, 10));

        var first = ReminderSchedule.FirstAfter(Weekly("Europe/Berlin"), time.GetUtcNow());

        Assert.Equal(Utc(2026, 11, 23, 8), first);
        Assert.Equal(Utc(2026, 11, 30, 8), ReminderSchedule.OnePeriodAfter(Weekly("Europe/Berlin"), first));
    }

    [Fact]
    public void A_slot_exactly_now_is_not_due_again_but_one_week_later()
    {
        var time = new FakeTimeProvider(Utc(2026, 11, 23, 8));

        Assert.Equal(Utc(2026, 11, 30, 8), ReminderSchedule.FirstAfter(Weekly("Europe/Berlin"), time.GetUtcNow()));
    }

    [Fact]
    public void Every_two_weeks_skips_a_week_and_keeps_the_weekday()
    {
        var cadence = Weekly("UTC", every: 2, day: DayOfWeek.Wednesday, hour: 14, minute: 30);
        var time = new FakeTimeProvider(Utc(2026, 11, 18, 14, 30));

        var next = ReminderSchedule.OnePeriodAfter(cadence, time.GetUtcNow());
        var after = ReminderSchedule.OnePeriodAfter(cadence, next);

        Assert.Equal([Utc(2026, 12, 2, 14, 30), Utc(2026, 12, 16, 14, 30)], [next, after]);
    }

    [Fact]
    public void A_review_closed_midweek_moves_the_next_reminder_one_whole_period_on_to_the_cadence_weekday()
    {
        var cadence = Weekly("UTC", every: 2);
        var closed = Utc(2026, 11, 25, 15); // a Wednesday

        // Two weeks later is Wednesday 2026-12-09; the next Monday 09:00 from then is 2026-12-14.
        Assert.Equal(Utc(2026, 12, 14, 9), ReminderSchedule.OnePeriodAfter(cadence, closed));
    }

    [Theory]
    [InlineData("Europe/Berlin", 2027, 3, 22, 8, 2027, 3, 29, 7)] // CET -> CEST on 2027-03-28
    [InlineData("Europe/Berlin", 2026, 10, 19, 7, 2026, 10, 26, 8)] // CEST -> CET on 2026-10-25
    [InlineData("America/New_York", 2027, 3, 8, 14, 2027, 3, 15, 13)] // EST -> EDT on 2027-03-14
    [InlineData("America/New_York", 2026, 10, 26, 13, 2026, 11, 2, 14)] // EDT -> EST on 2026-11-01
    public void Weekly_keeps_the_local_time_across_daylight_saving_changes(string zone, int y1, int m1, int d1, int h1, int y2, int m2, int d2, int h2)
    {
        var cadence = Weekly(zone);
        var time = new FakeTimeProvider(Utc(y1, m1, d1, h1).AddMinutes(-1));

        var first = ReminderSchedule.FirstAfter(cadence, time.GetUtcNow());
        var second = ReminderSchedule.OnePeriodAfter(cadence, first);

        Assert.Equal(Utc(y1, m1, d1, h1), first);
        Assert.Equal(Utc(y2, m2, d2, h2), second);
        Assert.Equal(new TimeOnly(9, 0), TimeOnly.FromDateTime(ReminderSchedule.LocalWallClock(cadence.TimeZone, second)));
    }

    [Fact]
    public void A_local_time_skipped_by_spring_forward_moves_forward_by_the_gap_and_a_repeated_one_is_the_first()
    {
        // Berlin skips 02:00-03:00 on 2027-03-28 and repeats 02:00-03:00 on 2026-10-25 (both Sundays).
        var skipped = Weekly("Europe/Berlin", day: DayOfWeek.Sunday, hour: 2, minute: 30);
        var time = new FakeTimeProvider(Utc(2027, 3, 27, 12));

        Assert.Equal(Utc(2027, 3, 28, 1, 30), ReminderSchedule.FirstAfter(skipped, time.GetUtcNow())); // 03:30 CEST
        Assert.Equal(Utc(2026, 10, 25, 0, 30), ReminderSchedule.FirstAfter(skipped, Utc(2026, 10, 24, 12))); // 02:30 CEST, the first one
    }

    [Fact]
    public void Monthly_on_the_31st_falls_on_the_last_day_of_shorter_months()
    {
        var cadence = new ReviewCadence { Unit = CadenceUnit.Months, Every = 1, DayOfMonth = 31, TimeOfDay = new TimeOnly(9, 0), TimeZoneId = "America/New_York" };
        var time = new FakeTimeProvider(Utc(2027, 1, 1, 0));

        var dues = new List<DateTimeOffset> { ReminderSchedule.FirstAfter(cadence, time.GetUtcNow()) };
        for (var i = 0; i < 4; i++)
        {
            dues.Add(ReminderSchedule.OnePeriodAfter(cadence, dues[^1]));
        }

        // Jan 31, Feb 28, Mar 31 (now EDT), Apr 30, May 31 - always 09:00 in New York.
        Assert.Equal([Utc(2027, 1, 31, 14), Utc(2027, 2, 28, 14), Utc(2027, 3, 31, 13), Utc(2027, 4, 30, 13), Utc(2027, 5, 31, 13)], dues);
    }

    [Fact]
    public void Monthly_in_a_leap_year_uses_february_the_29th()
    {
        var cadence = new ReviewCadence { Unit = CadenceUnit.Months, DayOfMonth = 30, Every = 1, TimeZoneId = "UTC" };

        Assert.Equal(Utc(2028, 2, 29, 9), ReminderSchedule.OnePeriodAfter(cadence, Utc(2028, 1, 30, 9)));
    }

    [Fact]
    public void After_downtime_the_next_reminder_is_the_first_in_the_future_not_every_missed_one()
    {
        var cadence = Weekly("UTC");
        var time = new FakeTimeProvider(Utc(2026, 11, 23, 9));
        var missed = time.GetUtcNow();
        time.Advance(TimeSpan.FromDays(30)); // down for four periods

        var next = ReminderSchedule.NextAfterSent(cadence, missed, time.GetUtcNow());

        Assert.Equal(Utc(2026, 12, 28, 9), next);
        Assert.True(next > time.GetUtcNow());
    }

    [Fact]
    public void Quiet_hours_and_weekends_delay_a_reminder_to_the_end_of_the_quiet_time_in_local_time()
    {
        var quiet = new QuietHours(new TimeOnly(20, 0), new TimeOnly(8, 0), Weekends: true);

        // 21:30 Berlin on a Tuesday -> Wednesday 08:00 Berlin.
        Assert.Equal(Utc(2026, 11, 25, 7), ReminderSchedule.Deliverable(Utc(2026, 11, 24, 20, 30), Berlin, quiet));

        // 06:00 Berlin on a Wednesday -> 08:00 the same day.
        Assert.Equal(Utc(2026, 11, 25, 7), ReminderSchedule.Deliverable(Utc(2026, 11, 25, 5), Berlin, quiet));

        // Saturday 11:00 New York -> Monday 08:00 New York.
        Assert.Equal(Utc(2026, 11, 30, 13), ReminderSchedule.Deliverable(Utc(2026, 11, 28, 16), NewYork, quiet));

        // Friday 19:59 Berlin is not quiet.
        Assert.Equal(Utc(2026, 11, 27, 18, 59), ReminderSchedule.Deliverable(Utc(2026, 11, 27, 18, 59), Berlin, quiet));

        // No quiet hours: unchanged.
        Assert.Equal(Utc(2026, 11, 28, 16), ReminderSchedule.Deliverable(Utc(2026, 11, 28, 16), NewYork, QuietHours.None));
    }

    [Fact]
    public void Quiet_hours_within_one_day_and_weekends_without_a_window()
    {
        var lunch = new QuietHours(new TimeOnly(12, 0), new TimeOnly(13, 0), Weekends: false);
        var weekends = new QuietHours(TimeOnly.MinValue, TimeOnly.MinValue, Weekends: true);

        Assert.Equal(Utc(2026, 11, 24, 13), ReminderSchedule.Deliverable(Utc(2026, 11, 24, 12, 15), TimeZoneInfo.Utc, lunch));
        Assert.Equal(Utc(2026, 11, 30, 0), ReminderSchedule.Deliverable(Utc(2026, 11, 29, 23), TimeZoneInfo.Utc, weekends));
    }

    [Fact]
    public void Minute_cadences_count_from_the_previous_time()
    {
        var cadence = new ReviewCadence { Unit = CadenceUnit.Minutes, Every = 1 };
        var time = new FakeTimeProvider(Utc(2026, 11, 24, 10, 0));

        Assert.Equal(Utc(2026, 11, 24, 10, 1), ReminderSchedule.FirstAfter(cadence, time.GetUtcNow()));
        Assert.Equal(Utc(2026, 11, 24, 10, 2), ReminderSchedule.OnePeriodAfter(cadence, Utc(2026, 11, 24, 10, 1)));
    }

    [Fact]
    public void The_default_cadence_is_every_two_weeks_on_monday_at_nine_in_the_given_zone_or_utc()
    {
        Assert.Equal((CadenceUnit.Weeks, 2, DayOfWeek.Monday, new TimeOnly(9, 0)), (ReviewCadence.Default.Unit, ReviewCadence.Default.Every, ReviewCadence.Default.Weekday, ReviewCadence.Default.TimeOfDay));
        Assert.Equal("Europe/Berlin", ReviewCadence.DefaultIn("Europe/Berlin").TimeZoneId);
        Assert.Equal("UTC", ReviewCadence.DefaultIn("Mars/Olympus_Mons").TimeZoneId);
        Assert.Equal("UTC", ReviewCadence.DefaultIn(null).TimeZoneId);
    }
}
