using System.Globalization;
using System.Text;
using JourneyBot.Domain.Maps;

namespace JourneyBot.Journeys.Exports;

/// <summary>
/// Download file names made from a map's name: safe on every operating system (no path separators, no
/// reserved or control characters, no leading dots), in a Unicode form for <c>filename*</c> and an ASCII
/// form for clients that only read <c>filename</c>.
/// </summary>
public static class ExportFileNames
{
    /// <summary>The name used when nothing of the map's name is usable.</summary>
    public const string Fallback = "journey-map";

    private const int MaxStemLength = 80;

    /// <summary>(Unicode file name, ASCII file name), both ending in <paramref name="extension"/> (e.g. <c>.csv</c>).</summary>
    public static (string FileName, string AsciiFileName) For(string? mapName, string extension)
    {
        ArgumentNullException.ThrowIfNull(extension);
        var unicode = Stem(mapName, ascii: false);
        var ascii = Stem(mapName, ascii: true);
        return ((unicode.Length == 0 ? Fallback : unicode) + extension, (ascii.Length == 0 ? Fallback : ascii) + extension);
    }

    private static string Stem(string? name, bool ascii)
    {
        var clean = MapText.CleanName(name);
        if (ascii)
        {
            // "Café" becomes "Cafe" rather than "Caf_".
            clean = new string(clean.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());
        }

        var stem = new StringBuilder(clean.Length);
        foreach (var ch in clean)
        {
            var allowed = ascii
                ? char.IsAsciiLetterOrDigit(ch) || ch is ' ' or '-' or '_' or '.' or '(' or ')'
                : !char.IsControl(ch);
            var reserved = ch is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' or ';' or ',' or '%';
            if (allowed && !reserved)
            {
                stem.Append(ch);
            }
            else if (stem.Length > 0 && stem[^1] != '_')
            {
                stem.Append('_');
            }
        }

        var result = stem.ToString().Trim(' ', '.', '_');
        return MapText.Truncate(result, MaxStemLength).TrimEnd(' ', '.', '_');
    }
}
