using System.Globalization;
using System.Text.RegularExpressions;

namespace JourneyBot.Logging;

/// <summary>
/// Masks secrets in log text: values of sensitive query and form parameters (the map links' <c>t=</c>,
/// <c>sig=</c>, <c>client_secret=</c>...), secret parts of connection strings (<c>AccountKey=</c>...), bearer
/// and basic credentials, JWT-shaped and link-token-shaped strings, and the configured secrets themselves
/// wherever they appear.
/// </summary>
internal sealed partial class LogRedactor
{
    public const string Mask = "***";

    /// <summary>Shorter configured values are not masked literally: they would mask ordinary words.</summary>
    private const int MinLiteralLength = 8;

    private readonly string[] _literals;

    public LogRedactor(IEnumerable<string?> secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        _literals = [.. secrets
            .Where(s => s is { Length: >= MinLiteralLength })
            .Select(s => s!)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(s => s.Length)];
    }

    /// <summary>The text with every secret masked (the same instance when there was nothing to mask).</summary>
    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = text;
        foreach (var literal in _literals)
        {
            if (result.Contains(literal, StringComparison.Ordinal))
            {
                result = result.Replace(literal, Mask, StringComparison.Ordinal);
            }
        }

        result = SensitiveParameter().Replace(result, Mask);
        result = ConnectionStringSecret().Replace(result, Mask);
        result = Credentials().Replace(result, Mask);
        result = TokenShaped().Replace(result, Mask);
        return string.Equals(result, text, StringComparison.Ordinal) ? text : result;
    }

    /// <summary>The value as it would be printed, masked; null when it holds nothing to mask (or cannot hold text).</summary>
    public string? RedactValue(object? value)
    {
        if (value is null or bool or char or byte or sbyte or short or ushort or int or uint or long or ulong
            or float or double or decimal or DateTime or DateTimeOffset or TimeSpan or Guid or Enum)
        {
            return null;
        }

        var text = value is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : value.ToString();
        if (text is null)
        {
            return null;
        }

        var redacted = Redact(text);
        return ReferenceEquals(redacted, text) ? null : redacted;
    }

    // The value after ?name= or &name= (or ;name=), for names that carry credentials.
    [GeneratedRegex(@"(?<=[?&;](?:t|token|access_token|id_token|refresh_token|code|sig|signature|client_secret|client_assertion|password|apikey|api_key)=)[^&;\s#""'<>]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SensitiveParameter();

    [GeneratedRegex(@"(?<=\b(?:AccountKey|SharedAccessSignature|SharedAccessKey|Password|Pwd|ClientSecret)=)[^;\s""']+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConnectionStringSecret();

    [GeneratedRegex(@"(?<=\b(?:Bearer|Basic)\s+)[A-Za-z0-9\-_.~+/]+=*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Credentials();

    // JWTs and the map links' tokens: base64url of a JSON object ("eyJ"), a dot, more base64url.
    [GeneratedRegex(@"eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}(?:\.[A-Za-z0-9_\-]*)?", RegexOptions.CultureInvariant)]
    private static partial Regex TokenShaped();
}
