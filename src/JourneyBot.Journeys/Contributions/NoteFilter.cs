using System.Globalization;
using System.Text.RegularExpressions;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;
using JourneyBot.Journeys.Localization;

namespace JourneyBot.Journeys.Contributions;

/// <summary>
/// What <c>notes ...</c> asked for: stage, lane and kind names found anywhere in the text (longest names
/// first, ignoring case and accents), and a page number.
/// </summary>
public sealed partial record NoteFilter(string? StageId, string? LaneId, NoteKind? Kind, int Page)
{
    public bool Matches(Note note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return (StageId is null || note.StageId == StageId)
            && (LaneId is null || note.LaneId == LaneId || note.ToLaneId == LaneId)
            && (Kind is null || note.Kind == Kind);
    }

    public static NoteFilter Parse(JourneyMap map, string text)
    {
        ArgumentNullException.ThrowIfNull(map);
        var page = 1;
        var pageMatch = PagePattern().Match(text);
        if (pageMatch.Success)
        {
            page = int.Parse(pageMatch.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
            text = text[..pageMatch.Index];
        }

        var rest = " " + NameComparer.Fold(text) + " ";
        var stage = Take(ref rest, map.Stages.Select(s => (s.Id, s.Name)));
        var lane = Take(ref rest, map.Lanes.Select(l => (l.Id, l.Name)));
        var kindWords = NoteKinds.Ordered.SelectMany(k => NoteKinds.Words(k).Select(w => (k.ToString(), w)));
        var kind = Take(ref rest, kindWords);
        return new NoteFilter(stage, lane, kind is null ? null : Enum.Parse<NoteKind>(kind), page);
    }

    /// <summary>A readable summary of the filter, for the list's title.</summary>
    public string Describe(JourneyMap map, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(map);
        var parts = new[]
        {
            StageId is null ? null : map.FindStage(StageId)?.Name,
            LaneId is null ? null : map.FindLane(LaneId)?.Name,
            Kind is null ? null : NoteKinds.ShortName(culture, Kind.Value),
        };
        return string.Join(" · ", parts.Where(p => p is not null));
    }

    /// <summary>Finds the longest candidate name in <paramref name="rest"/> and removes it.</summary>
    private static string? Take(ref string rest, IEnumerable<(string Id, string Name)> candidates)
    {
        foreach (var (id, name) in candidates.Select(c => (c.Id, Folded: NameComparer.Fold(c.Name))).Where(c => c.Folded.Length > 0).OrderByDescending(c => c.Folded.Length))
        {
            var index = rest.IndexOf(name, StringComparison.Ordinal);
            if (index >= 0)
            {
                rest = rest.Remove(index, name.Length);
                return id;
            }
        }

        return null;
    }

    // "page 2", or in Chinese "第 2 页" (the form the Chinese "more" hint shows).
    [GeneratedRegex(@"\s*(?:page\s+(?<n>\d{1,4})|第\s*(?<n>\d{1,4})\s*页)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PagePattern();
}
