using System.Globalization;
using System.Text;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;
using JourneyBot.Journeys.Localization;

namespace JourneyBot.Journeys.Exports;

/// <summary>
/// The CSV export: RFC 4180 (comma separated, CRLF between records, fields holding a comma, quote, CR or LF
/// quoted with inner quotes doubled), UTF-8 with a byte order mark so Excel reads Chinese and emoji, one row
/// per live note ordered by stage, lane and time. In English the header row holds the stable column identifiers
/// that scripts read (see the README); in Chinese it holds Chinese column names, from the resources like every
/// other header. The cells are the same in both.
/// </summary>
public static class MapCsvExporter
{
    /// <summary>The header row, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "note_id", "kind", "stage_position", "stage", "lane_position", "lane", "to_lane", "text", "author",
        "created_at", "updated_at", "score", "channel", "speaker", "source", "validated", "category", "revisions",
    ];

    /// <summary>The header row in <paramref name="culture"/>: <see cref="Columns"/> in English.</summary>
    public static IReadOnlyList<string> Header(CultureInfo culture) => BotText.Get(culture, TextKeys.ExportCsvHeader).Split('|');

    /// <summary>The file's bytes, byte order mark first, with the English (identifier) header row.</summary>
    public static byte[] Export(JourneyMap map, IEnumerable<Note> notes) => Export(map, notes, BotText.English);

    /// <summary>The file's bytes, byte order mark first, with the header row in <paramref name="culture"/>.</summary>
    public static byte[] Export(JourneyMap map, IEnumerable<Note> notes, CultureInfo culture)
    {
        var text = ExportText(map, notes, culture);
        var bom = Encoding.UTF8.GetPreamble();
        var bytes = new byte[bom.Length + Encoding.UTF8.GetByteCount(text)];
        bom.CopyTo(bytes, 0);
        Encoding.UTF8.GetBytes(text, 0, text.Length, bytes, bom.Length);
        return bytes;
    }

    /// <summary>The CSV text without the byte order mark, with the English (identifier) header row.</summary>
    public static string ExportText(JourneyMap map, IEnumerable<Note> notes) => ExportText(map, notes, BotText.English);

    /// <summary>The CSV text without the byte order mark, with the header row in <paramref name="culture"/>.</summary>
    public static string ExportText(JourneyMap map, IEnumerable<Note> notes, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentNullException.ThrowIfNull(culture);
        var stagePositions = map.Stages.Select((s, i) => (s.Id, Position: i + 1)).ToDictionary(p => p.Id, p => p.Position, StringComparer.Ordinal);
        var lanePositions = map.Lanes.Select((l, i) => (l.Id, Position: i + 1)).ToDictionary(p => p.Id, p => p.Position, StringComparer.Ordinal);
        var csv = new StringBuilder();
        AppendRow(csv, Header(culture));
        var rows = notes
            .Where(n => !n.IsDeleted)
            .OrderBy(n => stagePositions.GetValueOrDefault(n.StageId, int.MaxValue))
            .ThenBy(n => lanePositions.GetValueOrDefault(n.LaneId, int.MaxValue))
            .ThenBy(n => n.CreatedAt)
            .ThenBy(n => n.Id, StringComparer.Ordinal);
        foreach (var note in rows)
        {
            AppendRow(csv,
            [
                Text(note.Id),
                ExportVocabulary.Name(note.Kind),
                Number(stagePositions.TryGetValue(note.StageId, out var stage) ? stage : null),
                Text(map.FindStage(note.StageId)?.Name),
                Number(lanePositions.TryGetValue(note.LaneId, out var lane) ? lane : null),
                Text(map.FindLane(note.LaneId)?.Name),
                Text(note.ToLaneId is null ? null : map.FindLane(note.ToLaneId)?.Name),
                Text(note.Text),
                Text(note.Author.Name),
                Time(note.CreatedAt),
                note.UpdatedAt == default ? string.Empty : Time(note.UpdatedAt),
                Number(note.Score),
                Text(note.Channel),
                Text(note.Speaker),
                note.Source is { } source ? ExportVocabulary.Name(source) : string.Empty,
                note.Validated switch { true => "true", false => "false", null => string.Empty },
                Text(note.Category),
                Number(note.History.Count),
            ]);
        }

        return csv.ToString();
    }

    /// <summary>
    /// A cell of people's text, safe to open in a spreadsheet: text starting with <c>= + - @</c>, a tab or a
    /// carriage return would be run as a formula by Excel or LibreOffice (CSV injection), so it gets a leading
    /// single quote, which spreadsheets show as plain text. Numbers and times the bot writes itself need no guard.
    /// </summary>
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        return value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
    }

    /// <summary>Quotes a field when RFC 4180 requires it (comma, double quote, CR or LF), doubling inner quotes.</summary>
    public static string Quote(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static void AppendRow(StringBuilder csv, IEnumerable<string> fields)
    {
        csv.AppendJoin(',', fields.Select(Quote)).Append("\r\n");
    }

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Time(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
