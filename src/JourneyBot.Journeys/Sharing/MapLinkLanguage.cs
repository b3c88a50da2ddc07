using System.Globalization;

namespace JourneyBot.Journeys.Sharing;

/// <summary>
/// The language a map link's page or download is written in: the <c>lang</c> query parameter, added to a link for
/// the language of the person it was made for. It is not signed, because it changes only wording: whoever holds
/// the link may switch it.
/// </summary>
public static class MapLinkLanguage
{
    /// <summary>The query parameter naming the language (<c>en</c>, <c>zh-Hans</c>; any <c>zh*</c> means Chinese).</summary>
    public const string Parameter = "lang";

    /// <summary><paramref name="link"/> (which already has a query) with the language of <paramref name="culture"/> added.</summary>
    public static Uri With(Uri link, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(culture);
        return new Uri(link.AbsoluteUri + "&" + Parameter + "=" + Uri.EscapeDataString(culture.Name));
    }
}
