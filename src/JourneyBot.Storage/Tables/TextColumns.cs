namespace JourneyBot.Storage.Tables;

/// <summary>
/// Limits for string properties. Table Storage stores strings as UTF-16 and accepts at most 64 KiB
/// (32,768 characters) per property, so longer text must be split or refused before it is sent.
/// </summary>
internal static class TextColumns
{
    /// <summary>Most characters put into one string property; below the service limit with room to spare.</summary>
    public const int MaxChunkLength = 30_000;

    /// <summary>Throws a clear error when <paramref name="value"/> does not fit one string property.</summary>
    public static string EnsureFits(string value, string what)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > MaxChunkLength)
        {
            throw new ArgumentException(
                $"{what} is {value.Length} characters long; a table property holds at most {MaxChunkLength}.",
                nameof(value));
        }

        return value;
    }

    /// <summary>
    /// Splits <paramref name="text"/> into two pieces of at most <see cref="MaxChunkLength"/> characters,
    /// never between the halves of a surrogate pair. The caller checks the total length first.
    /// </summary>
    public static (string First, string? Second) Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= MaxChunkLength)
        {
            return (text, null);
        }

        var cut = char.IsHighSurrogate(text[MaxChunkLength - 1]) ? MaxChunkLength - 1 : MaxChunkLength;
        return (text[..cut], text[cut..]);
    }
}
