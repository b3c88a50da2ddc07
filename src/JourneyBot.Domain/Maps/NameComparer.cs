using System.Globalization;
using System.Text;

namespace JourneyBot.Domain.Maps;

/// <summary>Compares names ignoring case, accents and surrounding whitespace ("Café" equals "cafe").</summary>
public sealed class NameComparer : IEqualityComparer<string>
{
    private NameComparer()
    {
    }

    public static NameComparer Instance { get; } = new();

    public static bool Same(string? left, string? right) => string.Equals(Fold(left), Fold(right), StringComparison.Ordinal);

    /// <summary>The form used for comparison: lower case, no diacritics, cleaned whitespace.</summary>
    public static string Fold(string? text)
    {
        var clean = MapText.CleanName(text).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(clean.Length);
        foreach (var ch in clean)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(ch));
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    bool IEqualityComparer<string>.Equals(string? x, string? y) => Same(x, y);

    public int GetHashCode(string obj) => StringComparer.Ordinal.GetHashCode(Fold(obj));
}
