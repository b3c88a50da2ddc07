using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace JourneyBot.Journeys.Exports;

/// <summary>Writes and strictly reads the JSON export document.</summary>
public static class ExportJson
{
    /// <summary>The value of <c>format</c>.</summary>
    public const string Format = "journeybot-map";

    /// <summary>The value of <c>version</c> this bot writes and the only one it reads.</summary>
    public const int Version = 1;

    /// <summary>The document nests five levels deep; anything much deeper is not an export.</summary>
    public const int MaxDepth = 16;

    /// <summary>
    /// camelCase, indented, nulls written (every field is always present, so readers see the whole shape).
    /// Reading is strict: unknown or duplicate properties, comments, trailing commas and numbers in strings
    /// are refused, so a typo in a hand-edited document is reported instead of silently dropped.
    /// Chinese and other non-ASCII text is written as is rather than as \u escapes (emoji, outside the basic
    /// plane, still are): the file is downloaded as an attachment with nosniff, never embedded in HTML, so the
    /// default encoder's HTML-safety is not needed.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowDuplicateProperties = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
        NumberHandling = JsonNumberHandling.Strict,
        PropertyNameCaseInsensitive = false,
        MaxDepth = MaxDepth,
    };

    public static byte[] Write(ExportDocument document) => JsonSerializer.SerializeToUtf8Bytes(document, Options);

    /// <summary>
    /// Reads a document. On failure <paramref name="errorPath"/> says where, as a JSON path without the
    /// leading <c>$.</c> (e.g. <c>notes[3].score</c>; empty for the document itself), and
    /// <paramref name="errorLine"/> the 1-based line.
    /// </summary>
    public static bool TryRead(string json, [NotNullWhen(true)] out ExportDocument? document, out string errorPath, out long errorLine)
    {
        ArgumentNullException.ThrowIfNull(json);
        errorPath = string.Empty;
        errorLine = 0;
        try
        {
            document = JsonSerializer.Deserialize<ExportDocument>(json, Options);
            if (document is null)
            {
                errorLine = 1;
                return false;
            }

            return true;
        }
        catch (JsonException exception)
        {
            document = null;
            errorPath = ReadablePath(exception.Path);
            errorLine = (exception.LineNumber ?? 0) + 1;
            return false;
        }
    }

    /// <summary><c>$.notes[3].score</c> as <c>notes[3].score</c>.</summary>
    public static string ReadablePath(string? path) => path switch
    {
        null or "$" => string.Empty,
        _ when path.StartsWith("$.", StringComparison.Ordinal) => path[2..],
        _ when path.StartsWith('$') => path[1..],
        _ => path,
    };
}
