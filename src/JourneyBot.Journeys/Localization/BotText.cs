using System.Globalization;
using System.Resources;
using JourneyBot.BotKit.Schema;

namespace JourneyBot.Journeys.Localization;

/// <summary>
/// Every user-facing string, from Resources/Strings*.resx, in the language of the person the bot
/// answers: Simplified Chinese for <c>zh*</c> locales, English otherwise.
/// </summary>
public sealed class BotText
{
    private static readonly ResourceManager Resources = new("JourneyBot.Journeys.Resources.Strings", typeof(BotText).Assembly);

    /// <summary>English, the neutral resources.</summary>
    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en");

    public static CultureInfo SimplifiedChinese { get; } = CultureInfo.GetCultureInfo("zh-Hans");

    /// <summary>The languages the bot speaks.</summary>
    public static IReadOnlyList<CultureInfo> Languages { get; } = [English, SimplifiedChinese];

    /// <summary>The language to answer an activity in.</summary>
    public static CultureInfo CultureOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return CultureOf(activity.Locale);
    }

    /// <summary>The language for a BCP-47 locale such as <c>en-US</c> or <c>zh-CN</c>.</summary>
    public static CultureInfo CultureOf(string? locale) =>
        locale is not null && locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? SimplifiedChinese : English;

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
