using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace JourneyBot.Journeys.Actions;

/// <summary>
/// Short action item ids people type after <c>action</c>: <c>a</c> and four characters without look-alikes,
/// so they never look like a four-character note id.
/// </summary>
public static partial class ActionIds
{
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    public static string New() => "a" + RandomNumberGenerator.GetString(Alphabet, 4);

    /// <summary>True when <paramref name="text"/> has the shape of an action item id (case-insensitive, backticks allowed).</summary>
    public static bool LooksLikeId(string text) => IdShape().IsMatch(text.Trim().Trim('`'));

    /// <summary>The id as stored: lower case, without backticks.</summary>
    public static string Normalize(string text) => text.Trim().Trim('`').ToLowerInvariant();

    [GeneratedRegex("^a[a-z2-9]{4}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IdShape();
}
