using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace JourneyBot.Storage.Tables;

/// <summary>
/// Turns external ids (Teams conversation, user, tenant ids, ...) into valid, deterministic and
/// collision-free PartitionKey/RowKey values.
/// </summary>
/// <remarks>
/// <para>
/// Readable form: characters Table Storage forbids in keys (<c>/ \ # ?</c>, U+0000-001F, U+007F-009F)
/// and a few that make keys awkward elsewhere become <c>!XX</c> (two upper-case hex digits of the
/// code point): <c>!</c> (the escape character), <c>'</c> (OData string quotes), <c>%</c> (some table
/// APIs decode it twice), <c>|</c> (separates the parts of a composite key) and <c>~</c> (marks a hashed
/// key). A lone UTF-16 surrogate, which cannot travel as UTF-8, becomes <c>!uXXXX</c>. Everything else,
/// including <c>: @ ; =</c>, CJK and emoji, is kept as it is, so keys stay readable in a table browser.
/// The mapping is injective because every escape starts with the escaped <c>!</c>.
/// </para>
/// <para>
/// Hashed form: when the readable form would be longer than <see cref="MaxLength"/> UTF-8 bytes it is
/// replaced by a short readable prefix, <c>~</c> and the hex SHA-256 of the whole readable form. The
/// readable form never contains <c>~</c>, so the two forms cannot collide; hashed keys are unique as
/// long as SHA-256 is. Keys are not meant to be decoded: store the raw id as a property when it is
/// needed back.
/// </para>
/// </remarks>
internal static class TableKey
{
    /// <summary>
    /// Longest key this class returns, in UTF-8 bytes (and so also in UTF-16 code units). Table
    /// Storage allows 1 KiB per key; this leaves room for row-key prefixes such as <c>map|</c>.
    /// </summary>
    public const int MaxLength = 480;

    /// <summary>Separates the parts of a key built by <see cref="Compose(string, string)"/> and <see cref="Compose(string, string, string)"/>.</summary>
    public const char PartSeparator = '|';

    /// <summary>Marks a hashed key; never present in a readable key.</summary>
    public const char HashMarker = '~';

    private const char Escape = '!';

    /// <summary>Readable characters kept before the hash of an over-long key (at most, in UTF-8 bytes).</summary>
    private const int HashedPrefixBytes = 96;

    /// <summary>The key for one external id.</summary>
    public static string Encode(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var builder = new StringBuilder(id.Length + 8);
        AppendEscaped(builder, id);
        return LimitLength(builder.ToString());
    }

    /// <summary>
    /// The key for a pair of ids (for example tenant and conversation), as
    /// <c>Encode(first) | Encode(second)</c> before the length limit: unlike encoding
    /// <c>first + "|" + second</c>, pairs that merely concatenate to the same text stay distinct.
    /// </summary>
    public static string Compose(string first, string second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return ComposeParts([first, second]);
    }

    /// <summary>
    /// The key for three ids (for example tenant, container and map), as
    /// <c>Encode(first) | Encode(second) | Encode(third)</c> before the length limit, which applies to the
    /// whole key: a long part hashes the key as a whole rather than growing it past <see cref="MaxLength"/>.
    /// </summary>
    public static string Compose(string first, string second, string third)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(third);
        return ComposeParts([first, second, third]);
    }

    /// <summary>True for characters Table Storage does not accept in a key.</summary>
    public static bool IsForbidden(char ch) =>
        ch is '/' or '\\' or '#' or '?' or (>= '\u0000' and <= '\u001F') or (>= '\u007F' and <= '\u009F');

    private static bool MustEscape(char ch) =>
        IsForbidden(ch) || ch is Escape or '\'' or '%' or PartSeparator or HashMarker;

    private static string ComposeParts(ReadOnlySpan<string> parts)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(PartSeparator);
            }

            AppendEscaped(builder, parts[i]);
        }

        return LimitLength(builder.ToString());
    }

    private static void AppendEscaped(StringBuilder builder, string id)
    {
        for (var i = 0; i < id.Length; i++)
        {
            var ch = id[i];
            if (char.IsHighSurrogate(ch) && i + 1 < id.Length && char.IsLowSurrogate(id[i + 1]))
            {
                builder.Append(ch).Append(id[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(ch))
            {
                builder.Append(Escape).Append('u').Append(((int)ch).ToString("X4", CultureInfo.InvariantCulture));
            }
            else if (MustEscape(ch))
            {
                builder.Append(Escape).Append(((int)ch).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(ch);
            }
        }
    }

    private static string LimitLength(string readable)
    {
        var bytes = Encoding.UTF8.GetByteCount(readable);
        if (bytes <= MaxLength)
        {
            return readable;
        }

        // The readable form holds no lone surrogates, so its UTF-8 bytes are exact and distinct
        // readable forms hash distinct inputs.
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(readable)));
        return string.Concat(ReadablePrefix(readable), HashMarker.ToString(), hash);
    }

    /// <summary>The start of a readable key, cut before an escape sequence or surrogate pair that would not fit.</summary>
    private static ReadOnlySpan<char> ReadablePrefix(string readable)
    {
        var end = 0;
        var bytes = 0;
        while (end < readable.Length)
        {
            var length = readable[end] switch
            {
                Escape when end + 1 < readable.Length && readable[end + 1] == 'u' => 6,
                Escape => 3,
                _ when char.IsHighSurrogate(readable[end]) => 2,
                _ => 1,
            };
            length = Math.Min(length, readable.Length - end);
            var size = Encoding.UTF8.GetByteCount(readable.AsSpan(end, length));
            if (bytes + size > HashedPrefixBytes)
            {
                break;
            }

            bytes += size;
            end += length;
        }

        return readable.AsSpan(0, end);
    }
}
