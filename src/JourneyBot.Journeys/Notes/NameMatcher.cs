using JourneyBot.Domain.Maps;

namespace JourneyBot.Journeys.Notes;

/// <summary>
/// Finds the stage, lane or map a person means by what they typed. Only an exact name (ignoring case,
/// accents and extra spaces, as <see cref="NameComparer"/> does) or, when allowed, a 1-based position
/// is a match; anything else yields suggestions to confirm, because acting on a guess would put a note
/// in the wrong place without anyone noticing.
/// </summary>
public static class NameMatcher
{
    /// <summary>The most suggestions returned.</summary>
    public const int MaxSuggestions = 3;

    /// <summary>
    /// Matches <paramref name="typed"/> against <paramref name="candidates"/>, which must be in the order
    /// people see them (positions count from 1 in that order).
    /// </summary>
    /// <param name="typed">The name as typed.</param>
    /// <param name="candidates">The names to choose from, in display order.</param>
    /// <param name="allowPosition">
    /// Also accept a position number ("2", "２"). A name wins over a position, so a stage called "2"
    /// is still found by its name.
    /// </param>
    /// <returns>
    /// The exact match; else suggestions ranked: names that start with the typed text, then names that
    /// contain it (or are contained in it), then names within a few typos (edit distance at most
    /// max(1, typed length / 3) characters); ties keep display order. Two candidates with the same name are
    /// both returned as suggestions rather than one being picked.
    /// </returns>
    public static NameMatch Match(string? typed, IEnumerable<NameCandidate> candidates, bool allowPosition = false)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var list = candidates.ToList();
        var folded = NameComparer.Fold(WellFormed(typed));
        if (folded.Length == 0)
        {
            return NameMatch.None;
        }

        var same = list.Where(c => string.Equals(NameComparer.Fold(c.Name), folded, StringComparison.Ordinal)).ToList();
        if (same.Count == 1)
        {
            return new NameMatch(same[0], []);
        }

        if (same.Count > 1)
        {
            return new NameMatch(null, same.Take(MaxSuggestions).ToList());
        }

        if (allowPosition && ChatNumber.Position(folded) is { } position && position >= 1 && position <= list.Count)
        {
            return new NameMatch(list[position - 1], []);
        }

        return new NameMatch(null, Suggest(folded, list));
    }

    /// <summary>Matches a stage of <paramref name="map"/> by name or by its position, left to right.</summary>
    public static NameMatch MatchStage(JourneyMap map, string? typed)
    {
        ArgumentNullException.ThrowIfNull(map);
        return Match(typed, map.Stages.Select(s => new NameCandidate(s.Id, s.Name)), allowPosition: true);
    }

    /// <summary>Matches a lane of <paramref name="map"/> by name or by its position, top to bottom.</summary>
    public static NameMatch MatchLane(JourneyMap map, string? typed)
    {
        ArgumentNullException.ThrowIfNull(map);
        return Match(typed, map.Lanes.Select(l => new NameCandidate(l.Id, l.Name)), allowPosition: true);
    }

    /// <summary>
    /// Lone surrogates replaced by U+FFFD: <see cref="NameComparer.Fold"/> normalises, and normalising
    /// throws on them, while a chat message may carry one (a JSON "\ud83d" escape, a truncated emoji).
    /// </summary>
    private static string? WellFormed(string? text)
    {
        if (text is null || !text.Any(char.IsSurrogate))
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    private static List<NameCandidate> Suggest(string folded, List<NameCandidate> candidates)
    {
        var typed = EditDistance.Elements(folded);
        var ranked = new List<(Closeness Closeness, int Index)>();
        for (var i = 0; i < candidates.Count; i++)
        {
            if (Closeness.Of(folded, typed, NameComparer.Fold(candidates[i].Name)) is { } closeness)
            {
                ranked.Add((closeness, i));
            }
        }

        return ranked
            .OrderBy(r => r.Closeness.Tier)
            .ThenBy(r => r.Closeness.Distance)
            .ThenBy(r => r.Index)
            .Take(MaxSuggestions)
            .Select(r => candidates[r.Index])
            .ToList();
    }

    /// <summary>How close a candidate is: a lower tier is a better kind of likeness; distance breaks ties.</summary>
    private readonly record struct Closeness(int Tier, int Distance)
    {
        private const int Prefix = 0;
        private const int Contains = 1;
        private const int Typo = 2;

        public static Closeness? Of(string folded, string[] typed, string name)
        {
            var elements = EditDistance.Elements(name);
            var distance = EditDistance.Between(typed, elements);
            if (name.StartsWith(folded, StringComparison.Ordinal))
            {
                return new Closeness(Prefix, distance);
            }

            // One typed character is contained in too many names to mean anything; "Purchase stage" for
            // "Purchase" is a common way to miss.
            if ((typed.Length >= 2 && name.Contains(folded, StringComparison.Ordinal))
                || (elements.Length >= 2 && folded.Contains(name, StringComparison.Ordinal)))
            {
                return new Closeness(Contains, distance);
            }

            return distance <= Math.Max(1, typed.Length / 3) ? new Closeness(Typo, distance) : null;
        }
    }
}
