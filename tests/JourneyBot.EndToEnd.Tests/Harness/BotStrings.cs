using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace JourneyBot.EndToEnd.Tests.Harness;

/// <summary>
/// The bot's own strings, read from its resource files in the repository (src/JourneyBot.Journeys/Resources), so
/// that a test expecting a reply in some language asserts on what the bot is meant to say, not on a copy of it.
/// </summary>
public static partial class BotStrings
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> ChineseStrings = new(() => Load("Strings.zh-Hans.resx"));

    /// <summary>The Simplified Chinese text of <paramref name="key"/>, placeholders (<c>{0}</c>) as they are.</summary>
    public static string Chinese(string key) =>
        ChineseStrings.Value.TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"No Chinese string '{key}'.");

    /// <summary>
    /// The fixed parts of the Chinese text of <paramref name="key"/>: the runs between its placeholders, trimmed,
    /// of two characters or more. Every one is in a reply that says this string, whatever was put in its placeholders.
    /// </summary>
    public static IReadOnlyList<string> ChineseFixedParts(string key) =>
        [.. Placeholder().Split(Chinese(key)).Select(part => part.Trim()).Where(part => part.Length >= 2)];

    private static Dictionary<string, string> Load(string file)
    {
        var path = Path.Combine(RepositoryLayout.Root, "src", "JourneyBot.Journeys", "Resources", file);
        return XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty, StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\{\d+(?:[:,][^}]*)?\}")]
    private static partial Regex Placeholder();
}
