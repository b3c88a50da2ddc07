using System.Text.Json;

namespace JourneyBot.Journeys.Exports;

/// <summary>
/// The stable identifiers of enum values in exports (JSON and CSV): the member name in camelCase
/// (<c>NoteKind.RedFlag</c> is <c>redFlag</c>). Parsing is exact: no numbers, no other case, no combined values.
/// Renaming an enum member changes the format, which a test pins.
/// </summary>
public static class ExportVocabulary
{
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>Every identifier of <typeparamref name="TEnum"/>, in declaration order.</summary>
    public static IReadOnlyList<string> Names<TEnum>()
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(Name).ToList();

    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Name(candidate), text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
