namespace JourneyBot.Storage.Tables;

/// <summary>
/// Splits the row keys after a given key into contiguous ranges of about equal expected size, for reading one large
/// partition with several queries at once. Row keys of notes are short random ids over <see cref="Alphabet"/>
/// (<c>NoteIds</c>), so their positions in that alphabet are spread evenly; keys of any other shape still fall in
/// exactly one range (the ranges cover every string after the start), they only make the ranges less even.
/// </summary>
internal static class KeyRanges
{
    /// <summary>The characters of generated ids, in ordinal order (digits sort before letters).</summary>
    internal const string Alphabet = "23456789abcdefghjkmnpqrstuvwxyz";

    private const int Digits = 3;

    /// <summary>
    /// Where <paramref name="key"/> lies among random ids, from 0 (before them all) to 1 (after them all), reading
    /// its first three characters as digits over <see cref="Alphabet"/>.
    /// </summary>
    public static double Position(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        double position = 0;
        double scale = 1;
        for (var i = 0; i < Digits; i++)
        {
            scale /= Alphabet.Length;
            if (i >= key.Length)
            {
                break;
            }

            var (index, exact) = Locate(key[i]);
            position += index * scale;
            if (!exact)
            {
                // Between two alphabet characters: the rest of the key cannot move it further.
                break;
            }
        }

        return Math.Clamp(position, 0, 1);
    }

    /// <summary>
    /// Boundaries that cut the keys after <paramref name="after"/> into <paramref name="count"/> ranges:
    /// (after, b1), [b1, b2) … [b(count-1), end). Boundaries are increasing and all greater than <paramref name="after"/>;
    /// fewer come back when the space left is too small to cut.
    /// </summary>
    public static IReadOnlyList<string> Boundaries(string after, int count)
    {
        ArgumentNullException.ThrowIfNull(after);
        var start = Position(after);
        var boundaries = new List<string>(Math.Max(0, count - 1));
        for (var i = 1; i < count; i++)
        {
            var key = KeyAt(start + ((1 - start) * i / count));
            if (string.CompareOrdinal(key, after) > 0 && (boundaries.Count == 0 || string.CompareOrdinal(key, boundaries[^1]) > 0))
            {
                boundaries.Add(key);
            }
        }

        return boundaries;
    }

    /// <summary>The three-character key at a position (the inverse of <see cref="Position"/> for such keys).</summary>
    internal static string KeyAt(double position)
    {
        var chars = new char[Digits];
        var rest = Math.Clamp(position, 0, 1 - 1e-12);
        for (var i = 0; i < Digits; i++)
        {
            rest *= Alphabet.Length;
            var index = (int)Math.Floor(rest);
            chars[i] = Alphabet[index];
            rest -= index;
        }

        return new string(chars);
    }

    /// <summary>The alphabet index of <paramref name="ch"/>, or, for another character, the index of the first alphabet character after it.</summary>
    private static (int Index, bool Exact) Locate(char ch)
    {
        for (var i = 0; i < Alphabet.Length; i++)
        {
            if (Alphabet[i] == ch)
            {
                return (i, true);
            }

            if (Alphabet[i] > ch)
            {
                return (i, false);
            }
        }

        return (Alphabet.Length, false);
    }
}
