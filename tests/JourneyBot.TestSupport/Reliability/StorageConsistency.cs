using System.Text.Json;
using System.Text.RegularExpressions;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;

namespace JourneyBot.TestSupport.Reliability;

/// <summary>
/// Checks the raw rows of the maps, notes and actions tables against the invariants the bot relies on when it reads
/// them back: every map row loads (template, stages and lanes with ids and clean names); every note and action item
/// belongs to a stored map of its own scope; a live note sits at a stage and lane the map still has (deleted and
/// archived notes may point at removed ones: removing a stage or lane archives or moves its notes); ids parse;
/// required fields are present and within their limits.
/// </summary>
public static partial class StorageConsistency
{
    /// <summary>One line per problem found; empty when storage is consistent.</summary>
    public static IReadOnlyList<string> Check(TableSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var problems = new List<string>();
        var maps = new Dictionary<(string Tenant, string Container, string MapId), StoredMap>();
        foreach (var row in snapshot.RowsOf("maps"))
        {
            if (row.RowKey.StartsWith("sel|", StringComparison.Ordinal))
            {
                Require(problems, row, "UserId", "MapId");
                continue;
            }

            if (!row.RowKey.StartsWith("map|", StringComparison.Ordinal))
            {
                problems.Add($"{Where(row)}: a maps row that is neither map| nor sel|");
                continue;
            }

            if (CheckMap(problems, row) is { } map)
            {
                maps[(row["TenantId"]!, row["Container"]!, row["MapId"]!)] = map;
            }
        }

        foreach (var row in snapshot.RowsOf("notes"))
        {
            CheckNote(problems, row, maps);
        }

        foreach (var row in snapshot.RowsOf("actions"))
        {
            if (Require(problems, row, "TenantId", "Container", "MapId", "ItemId", "Text", "Status")
                && !maps.ContainsKey((row["TenantId"]!, row["Container"]!, row["MapId"]!)))
            {
                problems.Add($"{Where(row)}: action item {row["ItemId"]} belongs to no stored map of its scope");
            }
        }

        return problems;
    }

    private static StoredMap? CheckMap(List<string> problems, TableRow row)
    {
        if (!Require(problems, row, "MapId", "TenantId", "Container", "Name", "Template", "StagesJson", "LanesJson", "CreatedById"))
        {
            return null;
        }

        if (!Enum.TryParse<MapTemplate>(row["Template"], out _))
        {
            problems.Add($"{Where(row)}: template '{row["Template"]}' does not parse");
        }

        CheckName(problems, row, "map name", row["Name"]!);
        var stages = Places(problems, row, "StagesJson");
        var lanes = Places(problems, row, "LanesJson");
        return stages is null || lanes is null ? null : new StoredMap(row.PartitionKey, stages, lanes);
    }

    private static HashSet<string>? Places(List<string> problems, TableRow row, string column)
    {
        try
        {
            using var document = JsonDocument.Parse(row[column]!);
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var place in document.RootElement.EnumerateArray())
            {
                var id = place.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.String ? idValue.GetString() : null;
                var name = place.TryGetProperty("name", out var nameValue) && nameValue.ValueKind == JsonValueKind.String ? nameValue.GetString() : null;
                if (string.IsNullOrEmpty(id) || name is null)
                {
                    problems.Add($"{Where(row)}: {column} holds a place without an id or a name");
                    continue;
                }

                if (!ids.Add(id))
                {
                    problems.Add($"{Where(row)}: {column} holds id '{id}' twice");
                }

                CheckName(problems, row, column, name);
            }

            return ids;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            problems.Add($"{Where(row)}: {column} is not a JSON array of places ({exception.Message})");
            return null;
        }
    }

    private static void CheckNote(List<string> problems, TableRow row, Dictionary<(string, string, string), StoredMap> maps)
    {
        if (!Require(problems, row, "TenantId", "Container", "MapId", "NoteId", "Kind", "StageId", "LaneId", "Text", "AuthorId", "CreatedAt"))
        {
            return;
        }

        var noteId = row["NoteId"]!;
        if (!NoteIdPattern().IsMatch(noteId) || row.RowKey != noteId)
        {
            problems.Add($"{Where(row)}: note id '{noteId}' is not a short note id matching its row key");
        }

        if (!Enum.TryParse<NoteKind>(row["Kind"], out var kind) || !Enum.IsDefined(kind))
        {
            problems.Add($"{Where(row)}: kind '{row["Kind"]}' does not parse");
        }

        var text = row["Text"]!;
        if (text.Trim().Length == 0 || text.Length > Note.MaxTextLength || text.Any(c => char.IsControl(c) && c != '\n') || HasLoneSurrogate(text))
        {
            problems.Add($"{Where(row)}: note {noteId} has an empty, over-long or unclean text ({text.Length} characters)");
        }

        try
        {
            using var history = JsonDocument.Parse(row["HistoryJson"] ?? "[]");
            if (history.RootElement.ValueKind != JsonValueKind.Array)
            {
                problems.Add($"{Where(row)}: note {noteId} history is not an array");
            }
        }
        catch (JsonException)
        {
            problems.Add($"{Where(row)}: note {noteId} history is not JSON");
        }

        if (!maps.TryGetValue((row["TenantId"]!, row["Container"]!, row["MapId"]!), out var map))
        {
            problems.Add($"{Where(row)}: note {noteId} belongs to no stored map of its scope (map '{row["MapId"]}')");
            return;
        }

        var live = row["IsDeleted"] != "True" && row["Archived"] != "True";
        if (!live)
        {
            return;
        }

        if (!map.Stages.Contains(row["StageId"]!) || !map.Lanes.Contains(row["LaneId"]!))
        {
            problems.Add($"{Where(row)}: live note {noteId} sits at a stage or lane its map does not have ({row["StageId"]} / {row["LaneId"]})");
        }

        if (kind == NoteKind.Handoff && (row["ToLaneId"] is not { Length: > 0 } toLane || !map.Lanes.Contains(toLane) || toLane == row["LaneId"]))
        {
            problems.Add($"{Where(row)}: live hand-off {noteId} goes to no other lane of its map");
        }

        if (kind == NoteKind.Emotion && (!int.TryParse(row["Score"], out var score) || score < Note.MinScore || score > Note.MaxScore))
        {
            problems.Add($"{Where(row)}: live emotion {noteId} has no score in range");
        }
    }

    private static void CheckName(List<string> problems, TableRow row, string what, string name)
    {
        if (name.Trim().Length == 0 || name.Length > JourneyMap.MaxNameLength || name.Any(char.IsControl) || HasLoneSurrogate(name))
        {
            problems.Add($"{Where(row)}: {what} '{name}' is empty, over-long or holds control characters");
        }
    }

    private static bool Require(List<string> problems, TableRow row, params string[] columns)
    {
        var missing = columns.Where(c => string.IsNullOrEmpty(row[c])).ToList();
        if (missing.Count > 0)
        {
            problems.Add($"{Where(row)}: missing {string.Join(", ", missing)}");
            return false;
        }

        return true;
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static string Where(TableRow row) => $"{row.Table} [{row.PartitionKey} / {row.RowKey}]";

    [GeneratedRegex("^[a-z0-9]{1,16}$", RegexOptions.CultureInvariant)]
    private static partial Regex NoteIdPattern();

    private sealed record StoredMap(string PartitionKey, HashSet<string> Stages, HashSet<string> Lanes);
}
