using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using JourneyBot.Journeys.Localization;

namespace JourneyBot.Journeys.Tests.Localization;

public sealed partial class ResourceTests
{
    /// <summary>
    /// Latin words a Chinese string may keep, each for a reason: file formats and encodings people type or see
    /// as such (CSV, JSON, Markdown, UTF-8, KB, https), the product's name, standard abbreviations (UTC, IANA for
    /// time zones, NPS and CSAT surveys), language codes as the language command takes them (zh, en), and the
    /// letters of .NET date patterns (a date-format resource).
    /// Also taken out before looking: <c>{0}</c> placeholders, <c>`code`</c>, URLs, IANA zone ids such as
    /// <c>Asia/Shanghai</c>, and “quoted” ASCII (a JSON field or value named as it must be typed).
    /// </summary>
    private static readonly HashSet<string> LatinWordsChineseMayKeep = new(StringComparer.Ordinal)
    {
        "CSV", "csv", "JSON", "json", "Markdown", "markdown", "md", "UTF", "Unicode", "KB", "https",
        "JourneyBot", "Teams",   // product names
        "UTC", "IANA", "NPS", "CSAT",
        "zh", "en",
        "yyyy", "MM", "mm", "dd", "dddd", "HH",
    };

    private static readonly ResourceManager Strings = new("JourneyBot.Journeys.Resources.Strings", typeof(BotText).Assembly);

    public static TheoryData<string> Keys() => new(AllKeys());

    private static IEnumerable<string> AllKeys() =>
        typeof(BotText).Assembly.GetType("JourneyBot.Journeys.Localization.TextKeys")!
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => (string)field.GetValue(null)!);

    [Theory]
    [MemberData(nameof(Keys))]
    public void Every_string_exists_in_english_and_chinese_with_the_same_placeholders(string key)
    {
        var english = BotText.Get(BotText.English, key);
        var chinese = BotText.Get(BotText.SimplifiedChinese, key);

        Assert.False(string.IsNullOrWhiteSpace(english));
        Assert.False(string.IsNullOrWhiteSpace(chinese));
        Assert.Equal(Placeholders(english), Placeholders(chinese));
    }

    [Fact]
    public void Both_resource_files_hold_the_same_keys_each_with_a_text_and_a_constant()
    {
        // Read without falling back to English, so a key missing from the Chinese file is seen as missing.
        var english = OwnStrings(CultureInfo.InvariantCulture); // the neutral resources: English
        var chinese = OwnStrings(BotText.SimplifiedChinese);

        Assert.Empty(english.Keys.Except(chinese.Keys).Order(StringComparer.Ordinal));
        Assert.Empty(chinese.Keys.Except(english.Keys).Order(StringComparer.Ordinal));
        Assert.Empty(english.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => "en " + e.Key)
            .Concat(chinese.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => "zh " + e.Key)));
        Assert.Empty(english.Keys.Except(AllKeys()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Chinese_resources_are_translations_not_copies()
    {
        var keys = AllKeys().ToList();
        var untranslated = keys.Where(k => BotText.Get(BotText.English, k) == BotText.Get(BotText.SimplifiedChinese, k)).ToList();

        // Acronyms and pure formatting need no translation.
        Assert.All(untranslated, k => Assert.Contains(k, new[] { "SourceNps", "SourceCsat", "NotesFilter", "NoteEvidenceNps", "SummaryReviewedOn" }));
    }

    [Fact]
    public void Chinese_resources_hold_no_english_words_beyond_the_allowed_ones()
    {
        var found = OwnStrings(BotText.SimplifiedChinese)
            .SelectMany(e => LatinWords(e.Value).Where(w => !LatinWordsChineseMayKeep.Contains(w)).Select(w => $"{e.Key}: {w}"))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(found.Count == 0, "Chinese strings with English words (translate them, or allow the word in LatinWordsChineseMayKeep with a reason):\n" + string.Join('\n', found));
    }

    [Theory]
    [InlineData("输入 **笔记 page 2** 查看更多。", "page")]
    [InlineData("已保存 note `k3f9`", "note")]
    [InlineData("{0} stages", "stages")]
    [InlineData("导出 CSV 或 JSON（UTC 时间）", "")]
    [InlineData("例如 `remind weekly` 或 Asia/Shanghai、America/New_York", "")]
    [InlineData("“format”必须是“journeybot-map”", "")]
    [InlineData("见 https://example.com/help", "")]
    [InlineData("{0:yyyy-MM-dd}", "")]
    public void Latin_word_check_finds_english_outside_code_names_and_placeholders(string chinese, string expected)
    {
        var words = LatinWords(chinese).Where(w => !LatinWordsChineseMayKeep.Contains(w));

        Assert.Equal(expected, string.Join(' ', words));
    }

    private static Dictionary<string, string> OwnStrings(CultureInfo culture)
    {
        var set = Strings.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No resources of their own for {culture.Name}.");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => e.Value as string ?? string.Empty, StringComparer.Ordinal);
    }

    private static IEnumerable<string> LatinWords(string text)
    {
        foreach (var pattern in new[] { Placeholder(), Code(), Url(), TimeZoneId(), QuotedAscii() })
        {
            text = pattern.Replace(text, " ");
        }

        return LatinWord().Matches(text).Select(m => m.Value);
    }

    private static List<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"\{(\d+)(?:[:,][^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("`[^`]*`")]
    private static partial Regex Code();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Url();

    [GeneratedRegex(@"\b[A-Z][a-z]+/[A-Za-z_]+\b")]
    private static partial Regex TimeZoneId();

    [GeneratedRegex("“[\\x20-\\x7E]*”")]
    private static partial Regex QuotedAscii();

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex LatinWord();
}
