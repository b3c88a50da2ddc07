using Azure.Data.Tables;
using JourneyBot.Journeys.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Journeys.Tests.Cards;

/// <summary>Reads the tables as stored, past the repositories: what a map's rows are, row by row with their ETags.</summary>
internal static class RawRows
{
    private static readonly string[] MapTables = ["maps", "notes", "actions", "reminders", "reviews", "snapshots"];

    /// <summary>Every row of every table that belongs to the map, as <c>table|partition|row|etag</c>, sorted.</summary>
    public static async Task<IReadOnlyList<string>> OfMapAsync(JourneyBotTestHost host, string mapId)
    {
        var rows = new List<string>();
        foreach (var table in MapTables)
        {
            foreach (var row in await QueryAsync(host, table, mapId))
            {
                rows.Add($"{table}|{row.PartitionKey}|{row.RowKey}|{row.ETag}");
            }
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    /// <summary>The row keys of the map's rows in <paramref name="table"/>.</summary>
    public static async Task<IReadOnlyList<string>> RowKeysAsync(JourneyBotTestHost host, string table, string mapId) =>
        (await QueryAsync(host, table, mapId)).Select(r => r.RowKey).ToList();

    /// <summary>How many rows of <paramref name="table"/> the map has.</summary>
    public static async Task<int> CountAsync(JourneyBotTestHost host, string table, string mapId) =>
        (await QueryAsync(host, table, mapId)).Count;

    private static async Task<List<TableEntity>> QueryAsync(JourneyBotTestHost host, string table, string mapId)
    {
        var client = host.Services.GetRequiredService<TableServiceClient>().GetTableClient(host.TablePrefix + table);
        var rows = new List<TableEntity>();
        try
        {
            await foreach (var row in client.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"MapId eq {mapId}")))
            {
                rows.Add(row);
            }
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 404)
        {
            // The table was never created: no rows.
        }

        return rows;
    }
}
