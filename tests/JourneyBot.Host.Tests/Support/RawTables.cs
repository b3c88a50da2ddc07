using Azure.Data.Tables;

namespace JourneyBot.Host.Tests.Support;

/// <summary>Every row of every table under a prefix, read straight from Table Storage, bypassing the bot's code.</summary>
public static class RawTables
{
    /// <summary>Each row as "table: column=value; ..." for every table whose name starts with <paramref name="prefix"/>.</summary>
    public static async Task<IReadOnlyList<string>> ReadAllAsync(string connectionString, string prefix)
    {
        var service = new TableServiceClient(connectionString);
        var rows = new List<string>();
        await foreach (var table in service.QueryAsync())
        {
            if (!table.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            await foreach (var entity in service.GetTableClient(table.Name).QueryAsync<TableEntity>())
            {
                rows.Add($"{table.Name}: " + string.Join("; ", entity.Select(column => $"{column.Key}={column.Value}")));
            }
        }

        return rows;
    }
}
