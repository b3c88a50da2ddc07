using System.Reflection;
using System.Text.RegularExpressions;
using JourneyBot.Journeys.Localization;

namespace JourneyBot.Journeys.Tests.Localization;

public sealed partial class ResourceTests
{
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
    public void Chinese_resources_are_translations_not_copies()
    {
        var keys = AllKeys().ToList();
        var untranslated = keys.Where(k => BotText.Get(BotText.English, k) == BotText.Get(BotText.SimplifiedChinese, k)).ToList();

        // Acronyms and pure formatting need no translation.
        Assert.All(untranslated, k => Assert.Contains(k, new[] { "SourceNps", "SourceCsat", "NotesFilter", "NoteEvidenceNps", "SummaryReviewedOn" }));
    }

    private static List<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"\{(\d+)(?:[:,][^}]*)?\}")]
    private static partial Regex Placeholder();
}
