using System.Globalization;
using System.Text;

namespace JourneyBot.Journeys.MapPage;

/// <summary>Writes text and numbers into HTML and SVG markup safely.</summary>
internal static class Markup
{
    /// <summary>
    /// Appends <paramref name="text"/> escaped for element content and quoted attribute values alike
    /// (<c>&amp; &lt; &gt; " '</c>). Control characters other than tab and line break are dropped and
    /// unpaired surrogates become U+FFFD, so whatever a note holds, the markup stays well-formed.
    /// </summary>
    public static StringBuilder AppendEscaped(this StringBuilder builder, string? text)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (string.IsNullOrEmpty(text))
        {
            return builder;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '"':
                    builder.Append("&quot;");
                    break;
                case '\'':
                    builder.Append("&#39;");
                    break;
                case '\t' or '\n':
                    builder.Append(c);
                    break;
                case '\uFFFE' or '\uFFFF':
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        builder.Append('\uFFFD');
                    }
                    else if (!char.IsControl(c))
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder;
    }

    /// <summary>A coordinate or length: invariant culture, at most one decimal.</summary>
    public static string Number(double value) =>
        Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
