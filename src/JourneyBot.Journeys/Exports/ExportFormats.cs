using JourneyBot.Journeys.Sharing;

namespace JourneyBot.Journeys.Exports;

/// <summary>How each export format appears in links, HTTP responses and file names.</summary>
public static class ExportFormats
{
    /// <summary>The query parameter of an export link naming the language of the Markdown headings (not signed: it changes only wording).</summary>
    public const string LanguageParameter = MapLinkLanguage.Parameter;

    /// <summary>The formats in the order they are offered.</summary>
    public static IReadOnlyList<ExportFormat> All { get; } = [ExportFormat.Csv, ExportFormat.Markdown, ExportFormat.Json];

    /// <summary>The format named by the last segment of <c>/maps/{id}/export/{segment}</c>; exact and lower case.</summary>
    public static bool TryParseSegment(string? segment, out ExportFormat format)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(Segment(candidate), segment, StringComparison.Ordinal))
            {
                format = candidate;
                return true;
            }
        }

        format = default;
        return false;
    }

    public static string Segment(ExportFormat format) => format switch
    {
        ExportFormat.Csv => "csv",
        ExportFormat.Markdown => "markdown",
        ExportFormat.Json => "json",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>The purpose a signed link must carry to download this format.</summary>
    public static MapLinkPurpose Purpose(ExportFormat format) => format switch
    {
        ExportFormat.Csv => MapLinkPurpose.ExportCsv,
        ExportFormat.Markdown => MapLinkPurpose.ExportMarkdown,
        ExportFormat.Json => MapLinkPurpose.ExportJson,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    public static string ContentType(ExportFormat format) => format switch
    {
        ExportFormat.Csv => "text/csv; charset=utf-8",
        ExportFormat.Markdown => "text/markdown; charset=utf-8",
        ExportFormat.Json => "application/json",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    public static string Extension(ExportFormat format) => format switch
    {
        ExportFormat.Csv => ".csv",
        ExportFormat.Markdown => ".md",
        ExportFormat.Json => ".json",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}
