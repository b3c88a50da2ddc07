using System.Globalization;
using System.Text.RegularExpressions;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Reminders;
using JourneyBot.Journeys.Localization;

namespace JourneyBot.Journeys.Reminders;

/// <summary>
/// Reads what follows <c>remind</c>: nothing (show), <c>off</c>, <c>on</c>, <c>snooze &lt;map&gt;</c>, or a cadence
/// such as <c>every 2 weeks on Monday 09:00 Europe/Berlin</c>, <c>weekly</c>, <c>monthly on the 31st</c>,
/// <c>每2周 周一 09:00 Asia/Shanghai</c>, <c>每月 15日</c>. Parts left out keep the map's current values.
/// </summary>
public static partial class RemindParser
{
    private static readonly Dictionary<string, DayOfWeek> EnglishDays = new(StringComparer.OrdinalIgnoreCase)
    {
        ["monday"] = DayOfWeek.Monday, ["mon"] = DayOfWeek.Monday,
        ["tuesday"] = DayOfWeek.Tuesday, ["tue"] = DayOfWeek.Tuesday, ["tues"] = DayOfWeek.Tuesday,
        ["wednesday"] = DayOfWeek.Wednesday, ["wed"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["thu"] = DayOfWeek.Thursday, ["thurs"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday, ["fri"] = DayOfWeek.Friday,
        ["saturday"] = DayOfWeek.Saturday, ["sat"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday, ["sun"] = DayOfWeek.Sunday,
    };

    private static readonly Dictionary<char, DayOfWeek> ChineseDays = new()
    {
        ['一'] = DayOfWeek.Monday, ['二'] = DayOfWeek.Tuesday, ['三'] = DayOfWeek.Wednesday, ['四'] = DayOfWeek.Thursday,
        ['五'] = DayOfWeek.Friday, ['六'] = DayOfWeek.Saturday, ['日'] = DayOfWeek.Sunday, ['天'] = DayOfWeek.Sunday,
    };

    public static RemindRequest Parse(string? argument, ReviewCadence current, bool allowMinutes)
    {
        ArgumentNullException.ThrowIfNull(current);
        var text = MapText.CleanName(argument);
        if (text.Length == 0)
        {
            return new RemindRequest(RemindRequestKind.Show);
        }

        var firstWord = text.Split(' ', 2)[0];
        if (IsWord(TextKeys.RemindWordsOff, text))
        {
            return new RemindRequest(RemindRequestKind.Off);
        }

        if (IsWord(TextKeys.RemindWordsOn, text))
        {
            return new RemindRequest(RemindRequestKind.On);
        }

        if (IsWord(TextKeys.RemindWordsSnooze, firstWord))
        {
            return new RemindRequest(RemindRequestKind.Snooze, MapId: text[firstWord.Length..].Trim());
        }

        return ParseCadence(text, current, allowMinutes);
    }

    private static RemindRequest ParseCadence(string text, ReviewCadence current, bool allowMinutes)
    {
        var rest = text;
        var cadence = current with { Enabled = true };
        var understood = false;

        var zone = TimeZoneToken().Match(rest);
        if (zone.Success)
        {
            if (!ReviewCadence.TryFindTimeZone(zone.Value, out var found))
            {
                return new RemindRequest(RemindRequestKind.UnknownTimeZone, Echo: zone.Value);
            }

            cadence = cadence with { TimeZoneId = found.Id };
            rest = rest.Remove(zone.Index, zone.Length);
            understood = true;
        }

        var time = TimeToken().Match(rest);
        if (time.Success)
        {
            var hour = int.Parse(time.Groups["h"].Value, CultureInfo.InvariantCulture);
            var minute = int.Parse(time.Groups["m"].Value, CultureInfo.InvariantCulture);
            if (hour > 23 || minute > 59)
            {
                return new RemindRequest(RemindRequestKind.NotUnderstood, Echo: text);
            }

            cadence = cadence with { TimeOfDay = new TimeOnly(hour, minute) };
            rest = rest.Remove(time.Index, time.Length);
            understood = true;
        }

        var every = EveryToken().Match(rest);
        if (every.Success)
        {
            var count = every.Groups["n"].Success ? int.Parse(every.Groups["n"].Value, CultureInfo.InvariantCulture) : 1;
            var unit = every.Groups["unit"].Value.ToLowerInvariant();
            var kind = unit.StartsWith('m') && unit.StartsWith("mi", StringComparison.Ordinal) || unit == "分钟" ? CadenceUnit.Minutes
                : unit.StartsWith("mo", StringComparison.Ordinal) || unit.EndsWith('月') ? CadenceUnit.Months
                : CadenceUnit.Weeks;
            cadence = cadence with { Unit = kind, Every = count };
            rest = rest.Remove(every.Index, every.Length);
            understood = true;
        }
        else if (Keyword().Match(rest) is { Success: true } keyword)
        {
            var word = keyword.Value.ToLowerInvariant();
            cadence = cadence with { Unit = word is "monthly" or "每月" ? CadenceUnit.Months : CadenceUnit.Weeks, Every = word is "fortnightly" or "biweekly" ? 2 : 1 };
            rest = rest.Remove(keyword.Index, keyword.Length);
            understood = true;
        }

        var chineseDay = ChineseDay().Match(rest);
        if (chineseDay.Success)
        {
            var weekly = chineseDay.Value.StartsWith('每');
            cadence = cadence with
            {
                Weekday = ChineseDays[chineseDay.Groups["d"].Value[0]],
                Unit = weekly || cadence.Unit == CadenceUnit.Months ? CadenceUnit.Weeks : cadence.Unit,
                Every = weekly && !every.Success ? 1 : cadence.Every,
            };
            rest = rest.Remove(chineseDay.Index, chineseDay.Length);
            understood = true;
        }

        foreach (Match word in Word().Matches(rest))
        {
            if (EnglishDays.TryGetValue(word.Value, out var day))
            {
                cadence = cadence with { Weekday = day, Unit = cadence.Unit == CadenceUnit.Months ? CadenceUnit.Weeks : cadence.Unit };
                rest = rest.Replace(word.Value, " ", StringComparison.Ordinal);
                understood = true;
                break;
            }
        }

        var dayOfMonth = DayOfMonthToken().Match(rest);
        if (dayOfMonth.Success)
        {
            var day = int.Parse(dayOfMonth.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (day is < 1 or > 31)
            {
                return new RemindRequest(RemindRequestKind.OutOfRange);
            }

            cadence = cadence with { DayOfMonth = day, Unit = CadenceUnit.Months, Every = cadence.Unit == CadenceUnit.Months ? cadence.Every : 1 };
            rest = rest.Remove(dayOfMonth.Index, dayOfMonth.Length);
            understood = true;
        }

        if (!understood || Leftover().Replace(rest, string.Empty).Length > 0)
        {
            return new RemindRequest(RemindRequestKind.NotUnderstood, Echo: text);
        }

        return cadence.Unit switch
        {
            CadenceUnit.Minutes when !allowMinutes => new RemindRequest(RemindRequestKind.MinutesNotAllowed),
            CadenceUnit.Minutes when cadence.Every is < 1 or > ReviewCadence.MaxMinutes => new RemindRequest(RemindRequestKind.OutOfRange),
            CadenceUnit.Weeks when cadence.Every is < 1 or > ReviewCadence.MaxWeeks => new RemindRequest(RemindRequestKind.OutOfRange),
            CadenceUnit.Months when cadence.Every is < 1 or > ReviewCadence.MaxMonths => new RemindRequest(RemindRequestKind.OutOfRange),
            _ => new RemindRequest(RemindRequestKind.Set, cadence),
        };
    }

    private static bool IsWord(string key, string text) =>
        BotText.WordsInAllLanguages(key).Any(w => NameComparer.Same(w, text));

    [GeneratedRegex(@"(?<![\w/])(?:[A-Za-z_]+(?:/[A-Za-z0-9_+\-]+)+|UTC|GMT)(?![\w/])", RegexOptions.CultureInvariant)]
    private static partial Regex TimeZoneToken();

    [GeneratedRegex(@"(?<!\d)(?<h>\d{1,2})[:：](?<m>\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex TimeToken();

    [GeneratedRegex(@"(?:\bevery\s+(?:(?<n>\d{1,4})\s+)?(?<unit>weeks?|months?|minutes?|mins?)\b)|(?:每\s*(?<n>\d{1,4})\s*(?:个)?\s*(?<unit>周|星期|月|分钟))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EveryToken();

    [GeneratedRegex(@"\b(?:weekly|monthly|fortnightly|biweekly)\b|每月|每周(?![一二三四五六日天])|每星期(?![一二三四五六日天])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Keyword();

    [GeneratedRegex(@"(?:每?(?:周|星期|礼拜))(?<d>[一二三四五六日天])", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseDay();

    [GeneratedRegex(@"(?:\bon\s+(?:the\s+)?(?<d>\d{1,2})(?:st|nd|rd|th)?\b)|(?:\bday\s+(?<d>\d{1,2})\b)|(?:(?<d>\d{1,2})\s*(?:号|日))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayOfMonthToken();

    [GeneratedRegex(@"[A-Za-z]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <summary>Filler words that may remain once every part is read.</summary>
    [GeneratedRegex(@"\b(?:on|at|the|every|in|time|zone)\b|[\s,，.。的在于点]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Leftover();
}
