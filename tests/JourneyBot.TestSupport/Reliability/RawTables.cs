using System.Text.Json.Nodes;
using Azure.Data.Tables;

namespace JourneyBot.TestSupport.Reliability;

/// <summary>Reads the bot's tables directly (not through the bot), to count what is really stored.</summary>
public sealed class RawTables(TableServiceClient service, string prefix)
{
    /// <summary>The tables of <paramref name="target"/>.</summary>
    public static RawTables For(ReliabilityTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return new RawTables(new TableServiceClient(target.StorageConnectionString), target.TablePrefix);
    }

    /// <summary>The live map of a container (team), or null.</summary>
    public async Task<RawMap?> MapAsync(string container, CancellationToken cancellationToken)
    {
        var maps = service.GetTableClient(prefix + "maps");
        await foreach (var row in maps.QueryAsync<TableEntity>(e => e.GetString("Container") == container, cancellationToken: cancellationToken))
        {
            if (row.GetString("MapId") is { Length: > 0 } && row.GetDateTimeOffset("DeletedAt") is null && row.ContainsKey("StagesJson"))
            {
                return RawMap.From(row);
            }
        }

        return null;
    }

    /// <summary>The live map called <paramref name="name"/> in a container (team), or null.</summary>
    public async Task<RawMap?> MapNamedAsync(string container, string name, CancellationToken cancellationToken)
    {
        var maps = service.GetTableClient(prefix + "maps");
        await foreach (var row in maps.QueryAsync<TableEntity>(e => e.GetString("Container") == container && e.GetString("Name") == name, cancellationToken: cancellationToken))
        {
            if (row.GetString("MapId") is { Length: > 0 } && row.GetDateTimeOffset("DeletedAt") is null && row.ContainsKey("StagesJson"))
            {
                return RawMap.From(row);
            }
        }

        return null;
    }

    /// <summary>Every note row of a map in a container, deleted ones included.</summary>
    public async Task<IReadOnlyList<TableEntity>> NotesAsync(string container, string mapId, CancellationToken cancellationToken)
    {
        var notes = service.GetTableClient(prefix + "notes");
        var rows = new List<TableEntity>();
        await foreach (var row in notes.QueryAsync<TableEntity>(e => e.GetString("Container") == container && e.GetString("MapId") == mapId, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }
}

/// <summary>A map row as stored: its id, stages and lanes (id, name, owner id) and the raw entity.</summary>
public sealed record RawMap(string Id, IReadOnlyList<(string Id, string Name)> Stages, IReadOnlyList<(string Id, string Name, string? OwnerId)> Lanes, TableEntity Row)
{
    /// <summary>The stage called <paramref name="name"/>.</summary>
    public string StageId(string name) => Stages.Single(s => s.Name == name).Id;

    /// <summary>The lane called <paramref name="name"/>.</summary>
    public string LaneId(string name) => Lanes.Single(l => l.Name == name).Id;

    internal static RawMap From(TableEntity row)
    {
        var stages = JsonNode.Parse(row.GetString("StagesJson"))!.AsArray()
            .Select(s => (Read(s, "id")!, Read(s, "name")!)).ToList();
        var lanes = JsonNode.Parse(row.GetString("LanesJson"))!.AsArray()
            .Select(l => (Read(l, "id")!, Read(l, "name")!, Read(l?["owner"] ?? l?["Owner"], "id"))).ToList();
        return new RawMap(row.GetString("MapId"), stages, lanes, row);
    }

    private static string? Read(JsonNode? node, string name) =>
        node is JsonObject obj
            ? obj.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.GetValue<string>()
            : null;
}
