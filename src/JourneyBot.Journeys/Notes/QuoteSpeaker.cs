using JourneyBot.Domain.Maps;

namespace JourneyBot.Journeys.Notes;

/// <summary>
/// Splits a quote note into the words quoted and who said them: <c>"text" — Name</c>,
/// <c>“text” - Name</c>, <c>「text」(Name)</c>. A speaker is only read after a closing quotation mark,
/// because without marks a dash may well be part of what was said.
/// </summary>
internal static class QuoteSpeaker
{
    // Opening mark -> the marks accepted as its closer (chat clients and keyboards are not tidy about
    // “curly” pairs, so a second opener also closes).
    private static readonly Dictionary<char, string> Closers = new()
    {
        ['"'] = "\"",
        ['\uFF02'] = "\uFF02",
        ['\u201C'] = "\u201D\u201C",
        ['\u201E'] = "\u201C\u201D",
        ['\u2018'] = "\u2019\u2018",
        ['\''] = "'",
        ['\u00AB'] = "\u00BB",
        ['\u300C'] = "\u300D",
        ['\u300E'] = "\u300F",
    };

    private static readonly char[] Dashes = ['\u2014', '\u2013', '\u2015', '-', '\uFF0D', '~', '\uFF5E'];

    public static (string Text, string? Speaker) Split(string text)
    {
        if (text.Length < 2 || !Closers.TryGetValue(text[0], out var closers))
        {
            return (text, null);
        }

        // The last closing mark, so quotation marks and apostrophes inside the quote stay in it.
        var close = text.LastIndexOfAny(closers.ToCharArray());
        if (close < 1)
        {
            return (text, null);
        }

        var quoted = text[1..close].Trim();
        var after = text[(close + 1)..].Trim();
        if (after.Length == 0)
        {
            return (quoted, null);
        }

        if (Array.IndexOf(Dashes, after[0]) >= 0)
        {
            return (quoted, NullIfEmpty(after.TrimStart(Dashes)));
        }

        if (after[0] is '(' or '\uFF08' && after[^1] is ')' or '\uFF09')
        {
            return (quoted, NullIfEmpty(after[1..^1]));
        }

        // Words after the closing mark that are not a speaker: keep the whole text, as typed.
        return (text, null);
    }

    private static string? NullIfEmpty(string name)
    {
        var clean = MapText.CleanName(name);
        return clean.Length == 0 ? null : clean;
    }
}
