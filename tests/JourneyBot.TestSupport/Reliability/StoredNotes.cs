using Azure.Data.Tables;

namespace JourneyBot.TestSupport.Reliability;

/// <summary>Counts note rows straight from Table Storage, bypassing the bot.</summary>
public static class StoredNotes
{
    /// <summary>Note rows (deleted ones included) whose text contains <paramref name="marker"/>, in the notes table of <paramref name="tablePrefix"/>.</summary>
    public static async Task<int> CountAsync(string connectionString, string tablePrefix, string marker, CancellationToken cancellationToken = default)
    {
        var table = new TableClient(connectionString, tablePrefix + "notes");
        var count = 0;
        await foreach (var row in table.QueryAsync<TableEntity>(select: ["Text"], cancellationToken: cancellationToken))
        {
            if (row.GetString("Text") is { } text && text.Contains(marker, StringComparison.Ordinal))
            {
                count++;
            }
        }

        return count;
    }
}
