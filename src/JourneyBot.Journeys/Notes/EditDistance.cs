using System.Globalization;

namespace JourneyBot.Journeys.Notes;

/// <summary>
/// Damerau-Levenshtein distance in its optimal-string-alignment form (insert, delete, substitute, swap
/// two neighbours; each costs 1), counted in user-perceived characters (text elements), so an emoji
/// or a CJK character is one character however many UTF-16 units it takes.
/// </summary>
internal static class EditDistance
{
    /// <summary>The text elements of <paramref name="text"/>, in order.</summary>
    public static string[] Elements(string text)
    {
        var elements = new List<string>(text.Length);
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }

        return [.. elements];
    }

    public static int Between(string[] a, string[] b)
    {
        // Three rows are enough: a swap looks two rows back.
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = string.Equals(a[i - 1], b[j - 1], StringComparison.Ordinal) ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1
                    && string.Equals(a[i - 1], b[j - 2], StringComparison.Ordinal)
                    && string.Equals(a[i - 2], b[j - 1], StringComparison.Ordinal))
                {
                    current[j] = Math.Min(current[j], previous2[j - 2] + 1);
                }
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
