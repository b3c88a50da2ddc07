using System.Text.Json;

namespace JourneyBot.Journeys.Dialogs;

/// <summary>
/// The folded names of a scope's maps, carried in a name prompt's <c>ValidationContext</c> so that the answer can be
/// checked without reading the maps again. Too many names to carry stay behind: the validator then reads them.
/// </summary>
internal static class TakenNames
{
    /// <summary>The most characters the list may take in the dialog-state row (a string column holds 32K).</summary>
    internal const int MaxCarriedLength = 8_000;

    public static string? Write(IReadOnlySet<string> names)
    {
        var json = JsonSerializer.Serialize(names.Order(StringComparer.Ordinal).ToArray());
        return json.Length <= MaxCarriedLength ? json : null;
    }

    /// <summary>The carried names, or null when none were carried (or the context holds something else).</summary>
    public static IReadOnlySet<string>? Read(string? carried)
    {
        if (string.IsNullOrEmpty(carried))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<string[]>(carried)?.ToHashSet(StringComparer.Ordinal);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
