using System.Globalization;
using System.Text;

namespace JourneyBot.Journeys.Notes;

/// <summary>
/// Numbers as people type them in chat: Chinese input methods produce full-width digits and signs
/// (２, －１) and word processors turn "-" into a minus sign or an en dash.
/// </summary>
internal static class ChatNumber
{
    /// <summary>True for the characters read as a minus sign.</summary>
    public static bool IsMinus(char ch) => ch is '-' or '\u2212' or '\uFF0D' or '\u2013';

    public static bool IsPlus(char ch) => ch is '+' or '\uFF0B';

    /// <summary>The ASCII digit for '0'..'9' or '０'..'９'; null for anything else.</summary>
    public static char? Digit(char ch) => ch switch
    {
        >= '0' and <= '9' => ch,
        >= '\uFF10' and <= '\uFF19' => (char)('0' + (ch - '\uFF10')),
        _ => null,
    };

    /// <summary>
    /// Reads a whole token as a number: optional sign, digits, optional decimal part. Returns false when
    /// the token is not a number at all; <paramref name="value"/> is null when it is one but not a whole
    /// number that fits an <see cref="int"/> (so "1.5" can be refused as a score rather than taken as text).
    /// </summary>
    public static bool TryRead(string token, out int? value)
    {
        value = null;
        if (token.Length == 0)
        {
            return false;
        }

        var ascii = new StringBuilder(token.Length);
        var start = 0;
        if (IsMinus(token[0]) || IsPlus(token[0]))
        {
            ascii.Append(IsMinus(token[0]) ? '-' : '+');
            start = 1;
        }

        var digits = 0;
        var whole = true;
        for (var i = start; i < token.Length; i++)
        {
            if (Digit(token[i]) is { } digit)
            {
                ascii.Append(digit);
                digits++;
            }
            else if (token[i] is '.' or ',' or '\uFF0E' && digits > 0 && i < token.Length - 1)
            {
                whole = false;
            }
            else
            {
                return false;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        if (whole && int.TryParse(ascii.ToString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
        {
            value = parsed;
        }

        return true;
    }

    /// <summary>An unsigned whole number such as a position ("2", "２"); null otherwise.</summary>
    public static int? Position(string text) =>
        text.Length > 0 && !IsMinus(text[0]) && !IsPlus(text[0]) && TryRead(text, out var value) ? value : null;
}
