using System.Globalization;
using JourneyBot.Domain.Maps;
using JourneyBot.Journeys.Localization;

namespace JourneyBot.Journeys.Actions;

/// <summary>
/// Reads a due date as typed: <c>yyyy-mm-dd</c>, <c>today</c>, <c>tomorrow</c> or a weekday (the next one,
/// today included), in English or Chinese. "Today" is the caller's date (UTC until maps have a time zone).
/// </summary>
public static class DueDates
{
    /// <summary>How dates are shown: ISO, the same in every language.</summary>
    public const string Format = "yyyy-MM-dd";

    public static bool TryParse(string? text, DateOnly today, out DateOnly date)
    {
        date = default;
        var typed = MapText.CleanName(text).Trim('`', '.', '。', ',', '，');
        if (typed.Length == 0)
        {
            return false;
        }

        if (DateOnly.TryParseExact(typed, ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy年M月d日"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        if (IsWord(typed, TextKeys.WordsToday))
        {
            date = today;
            return true;
        }

        if (IsWord(typed, TextKeys.WordsTomorrow))
        {
            date = today.AddDays(1);
            return true;
        }

        if (Weekday(typed) is { } weekday)
        {
            date = today.AddDays(((int)weekday - (int)today.DayOfWeek + 7) % 7);
            return true;
        }

        return false;
    }

    /// <summary>A due date as typed back (<c>yyyy-MM-dd</c>): in ids and commands, the same in every language.</summary>
    public static string Show(DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>
    /// A due date for people to read, in <paramref name="culture"/>'s style: in English as typed (<c>2026-12-01</c>),
    /// in Chinese <c>2026年12月1日</c>; both are read back by <see cref="TryParse"/>.
    /// </summary>
    public static string Show(CultureInfo culture, DateOnly date) =>
        date.ToString(BotText.Get(culture, TextKeys.FormatDueDate), culture);

    private static bool IsWord(string typed, string key) =>
        BotText.WordsInAllLanguages(key).Any(w => string.Equals(w, typed, StringComparison.OrdinalIgnoreCase));

    private static DayOfWeek? Weekday(string typed)
    {
        foreach (var key in new[] { TextKeys.WordsWeekdays, TextKeys.WordsWeekdaysShort })
        {
            foreach (var culture in BotText.Languages)
            {
                var names = BotText.Get(culture, key).Split('|', StringSplitOptions.TrimEntries);
                var index = Array.FindIndex(names, n => string.Equals(n, typed, StringComparison.OrdinalIgnoreCase));
                if (index >= 0)
                {
                    // The lists start on Monday; DayOfWeek starts on Sunday.
                    return (DayOfWeek)((index + 1) % 7);
                }
            }
        }

        return null;
    }
}
