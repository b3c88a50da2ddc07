using JourneyBot.Journeys.Actions;

namespace JourneyBot.Journeys.Tests.Actions;

public sealed class DueDatesTests
{
    private static readonly DateOnly Friday = new(2026, 11, 20);

    [Theory]
    [InlineData("2026-12-01", "2026-12-01")]
    [InlineData("2026-1-5", "2026-01-05")]
    [InlineData("2026/12/31", "2026-12-31")]
    [InlineData("today", "2026-11-20")]
    [InlineData("Tomorrow", "2026-11-21")]
    [InlineData("明天", "2026-11-21")]
    [InlineData("friday", "2026-11-20")]
    [InlineData("saturday", "2026-11-21")]
    [InlineData("thu", "2026-11-26")]
    [InlineData("周一", "2026-11-23")]
    [InlineData("星期日", "2026-11-22")]
    [InlineData("2026年12月1日", "2026-12-01")]
    public void Reads_iso_dates_today_tomorrow_and_the_next_weekday(string typed, string expected)
    {
        Assert.True(DueDates.TryParse(typed, Friday, out var date));
        Assert.Equal(expected, DueDates.Show(date));
    }

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("2026-02-30")]
    [InlineData("12/01/2026")]
    [InlineData("next friday")]
    public void Anything_else_is_refused(string typed) =>
        Assert.False(DueDates.TryParse(typed, Friday, out _));
}
