using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;

namespace JourneyBot.Journeys.Notes;

/// <summary>
/// Reads the tags at the end of an evidence note: <c>[survey]</c>, <c>[source: survey]</c>,
/// <c>[validated]</c>, <c>【访谈】【已验证】</c>, in any order. Tags are only read at the end, and only
/// known words count, so "[sic]" or a bracket mid-sentence stays in the text.
/// </summary>
internal static class EvidenceTags
{
    public static (string Text, EvidenceSource? Source, bool Validated) Split(string text)
    {
        EvidenceSource? source = null;
        var validated = false;
        var rest = text.TrimEnd();
        while (rest.Length > 0 && rest[^1] is ']' or '\u3011')
        {
            var open = rest.LastIndexOfAny(['[', '\u3010']);
            if (open < 0)
            {
                break;
            }

            var tag = WithoutLabel(MapText.CleanName(rest[(open + 1)..^1]));
            if (NoteWords.ValidatedWords.Contains(tag, StringComparer.OrdinalIgnoreCase))
            {
                validated = true;
            }
            else if (source is null && NoteWords.SourceNamed(tag) is { } named)
            {
                // Read from the end: with two sources the last one counts and the other stays in the text.
                source = named;
            }
            else
            {
                break;
            }

            rest = rest[..open].TrimEnd();
        }

        return (rest, source, validated);
    }

    private static string WithoutLabel(string tag)
    {
        var colon = tag.IndexOfAny([':', '\uFF1A']);
        return colon >= 0 && NoteWords.SourceLabels.Contains(tag[..colon].Trim(), StringComparer.OrdinalIgnoreCase)
            ? tag[(colon + 1)..].Trim()
            : tag;
    }
}
