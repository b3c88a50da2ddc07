using System.Globalization;
using System.Resources;
using JourneyBot.BotKit.Schema;

namespace JourneyBot.Journeys.Localization;

/// <summary>
/// Every user-facing string, from Resources/Strings*.resx, in English or Simplified Chinese, and dates and numbers
/// in the same language's style. Which language a turn speaks is decided by <see cref="TurnLanguage"/>.
/// </summary>
public sealed class BotText
{
    private static readonly ResourceManager Resources = new("JourneyBot.Journeys.Resources.Strings", typeof(BotText).Assembly);

    /// <summary>English, the neutral resources.</summary>
    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en");

    /// <summary>Simplified Chinese (<c>zh-Hans</c>).</summary>
    public static CultureInfo SimplifiedChinese { get; } = CultureInfo.GetCultureInfo("zh-Hans");

    /// <summary>The languages the bot speaks.</summary>
    public static IReadOnlyList<CultureInfo> Languages { get; } = [English, SimplifiedChinese];

    /// <summary>
    /// The language an activity asks for by itself, without the person's stored choice or the map's default: the
    /// Teams clientInfo entity's <c>locale</c>, else the activity's <c>locale</c>, else English. Turn code uses
    /// <see cref="TurnCultures.Culture"/>, which also knows the person's choice.
    /// </summary>
    public static CultureInfo CultureOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return SupportedCultureOf(ClientInfoLocale(activity)) ?? SupportedCultureOf(activity.Locale) ?? English;
    }

    /// <summary>The language for a BCP-47 locale such as <c>en-US</c> or <c>zh-CN</c>; English for anything else.</summary>
    public static CultureInfo CultureOf(string? locale) => SupportedCultureOf(locale) ?? English;

    /// <summary>
    /// The language the bot speaks for a locale or culture name (<c>zh*</c>: Simplified Chinese, <c>en*</c>: English),
    /// or null for a language it does not speak or no locale at all.
    /// </summary>
    public static CultureInfo? SupportedCultureOf(string? locale)
    {
        var trimmed = locale?.Trim() ?? string.Empty;
        if (trimmed.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
        {
            return SimplifiedChinese;
        }

        return trimmed.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : null;
    }

    /// <summary>The <c>locale</c> of the activity's Teams clientInfo entity (the language of the sender's Teams client), if any.</summary>
    public static string? ClientInfoLocale(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Entities?
            .Where(e => e is not null && string.Equals(e.Type, "clientInfo", StringComparison.OrdinalIgnoreCase) && e.Properties is not null)
            .Select(e => e.Properties!.TryGetValue("locale", out var locale) && locale.ValueKind == System.Text.Json.JsonValueKind.String ? locale.GetString() : null)
            .FirstOrDefault(locale => !string.IsNullOrWhiteSpace(locale));
    }

    /// <summary>A date in <paramref name="culture"/>'s style: "23 Nov 2026" or "2026年11月23日".</summary>
    public static string Date(CultureInfo culture, DateOnly date) =>
        date.ToString(Get(culture, TextKeys.FormatDate), culture);

    /// <summary>The date of <paramref name="instant"/> in <paramref name="zone"/> (UTC when null), in <paramref name="culture"/>'s style.</summary>
    public static string Date(CultureInfo culture, DateTimeOffset instant, TimeZoneInfo? zone) =>
        Date(culture, DateOnly.FromDateTime(InZone(instant, zone).DateTime));

    /// <summary>
    /// The date and 24-hour time of <paramref name="instant"/> in <paramref name="zone"/> (UTC when null), in
    /// <paramref name="culture"/>'s style: "23 Nov 2026, 09:00" or "2026年11月23日 09:00".
    /// </summary>
    public static string DateTime(CultureInfo culture, DateTimeOffset instant, TimeZoneInfo? zone) =>
        InZone(instant, zone).ToString(Get(culture, TextKeys.FormatDateTime), culture);

    /// <summary>A whole number with the culture's group separators ("1,234").</summary>
    public static string Number(CultureInfo culture, long value) => value.ToString("N0", culture);

    private static DateTimeOffset InZone(DateTimeOffset instant, TimeZoneInfo? zone) =>
        TimeZoneInfo.ConvertTime(instant, zone ?? TimeZoneInfo.Utc);

    /// <summary>The text of <paramref name="key"/> in <paramref name="culture"/>, formatted with <paramref name="args"/>.</summary>
    public static string Get(CultureInfo culture, string key, params object?[] args)
    {
        var format = Resources.GetString(key, culture)
            ?? throw new InvalidOperationException($"Missing resource string '{key}'.");
        return args.Length == 0 ? format : string.Format(culture, format, args);
    }

    /// <summary>
    /// The text of <paramref name="key"/> with people's text in it made literal: every string argument is escaped
    /// with <see cref="Cards.CardText.Literal"/>; <see cref="Markup"/>, numbers and dates are used as they are.
    /// For Markdown replies and card text.
    /// </summary>
    public static string Escaped(CultureInfo culture, string key, params object?[] args) =>
        Get(culture, key, args.Select(a => a is string text ? Cards.CardText.Literal(text) : a).ToArray());

    /// <summary>
    /// The words of a word-list resource (<c>a|b|c</c>) in every language the bot speaks, so that
    /// someone typing English in a Chinese client (or the reverse) is still understood.
    /// </summary>
    public static IReadOnlyList<string> WordsInAllLanguages(string key) =>
        Languages
            .SelectMany(culture => Get(culture, key).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
}
