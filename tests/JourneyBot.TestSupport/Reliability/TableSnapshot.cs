using System.Globalization;
using Azure.Data.Tables;

namespace JourneyBot.TestSupport.Reliability;

/// <summary>One stored row as raw properties (values as invariant text; the timestamp and ETag left out).</summary>
public sealed record TableRow(string Table, string PartitionKey, string RowKey, IReadOnlyDictionary<string, string> Properties)
{
    /// <summary>A property's text, or null when the row has none.</summary>
    public string? this[string name] => Properties.TryGetValue(name, out var value) ? value : null;
}

/// <summary>How a row differs between two snapshots.</summary>
public enum RowChangeKind
{
    /// <summary>Only in the later snapshot.</summary>
    Added,

    /// <summary>Only in the earlier snapshot.</summary>
    Removed,

    /// <summary>In both, with different properties.</summary>
    Changed,
}

/// <summary>A row that differs between two snapshots; <see cref="After"/> is null for a removed row.</summary>
public sealed record RowChange(RowChangeKind Kind, TableRow? Before, TableRow? After)
{
    /// <summary>The table (without the test prefix).</summary>
    public string Table => (After ?? Before)!.Table;

    /// <summary>One line for a problem report.</summary>
    public override string ToString() =>
        $"{Kind} {Table} [{(After ?? Before)!.PartitionKey} / {(After ?? Before)!.RowKey}]";
}

/// <summary>
/// Every row of every table under one prefix, read straight from Table Storage, so a test can see exactly what a
/// request stored without going through the bot's own repositories.
/// </summary>
public sealed class TableSnapshot
{
    /// <summary>Tables whose rows are bookkeeping, not user data: dialog state, de-duplication claims, conversation references.</summary>
    public static readonly IReadOnlySet<string> BookkeepingTables = new HashSet<string>(StringComparer.Ordinal) { "dialogstate", "activities", "conversations" };

    private readonly Dictionary<(string Table, string Partition, string Row), TableRow> _rows;

    private TableSnapshot(Dictionary<(string, string, string), TableRow> rows) => _rows = rows;

    /// <summary>All rows.</summary>
    public IEnumerable<TableRow> Rows => _rows.Values;

    /// <summary>The rows of one table (its name without the prefix).</summary>
    public IEnumerable<TableRow> RowsOf(string table) => _rows.Values.Where(r => r.Table == table);

    /// <summary>Reads every table whose name starts with <paramref name="prefix"/>.</summary>
    public static async Task<TableSnapshot> TakeAsync(string connectionString, string prefix, CancellationToken cancellationToken)
    {
        var service = new TableServiceClient(connectionString);
        var rows = new Dictionary<(string, string, string), TableRow>();
        await foreach (var table in service.QueryAsync(cancellationToken: cancellationToken))
        {
            if (!table.Name.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var shortName = table.Name[prefix.Length..];
            var client = service.GetTableClient(table.Name);
            await foreach (var entity in client.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
            {
                var properties = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (key, value) in entity)
                {
                    if (key is "odata.etag" or "Timestamp" or "PartitionKey" or "RowKey")
                    {
                        continue;
                    }

                    properties[key] = value switch
                    {
                        null => string.Empty,
                        DateTimeOffset instant => instant.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
                        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                        _ => value.ToString() ?? string.Empty,
                    };
                }

                rows[(shortName, entity.PartitionKey, entity.RowKey)] = new TableRow(shortName, entity.PartitionKey, entity.RowKey, properties);
            }
        }

        return new TableSnapshot(rows);
    }

    /// <summary>What changed from this snapshot to <paramref name="later"/>, bookkeeping tables left out unless asked for.</summary>
    public IReadOnlyList<RowChange> ChangesTo(TableSnapshot later, bool includeBookkeeping = false)
    {
        ArgumentNullException.ThrowIfNull(later);
        var changes = new List<RowChange>();
        foreach (var (key, after) in later._rows)
        {
            if (!_rows.TryGetValue(key, out var before))
            {
                changes.Add(new RowChange(RowChangeKind.Added, null, after));
            }
            else if (!SameProperties(before, after))
            {
                changes.Add(new RowChange(RowChangeKind.Changed, before, after));
            }
        }

        changes.AddRange(_rows.Where(pair => !later._rows.ContainsKey(pair.Key)).Select(pair => new RowChange(RowChangeKind.Removed, pair.Value, null)));
        return includeBookkeeping ? changes : changes.Where(c => !BookkeepingTables.Contains(c.Table)).ToList();
    }

    private static bool SameProperties(TableRow before, TableRow after) =>
        before.Properties.Count == after.Properties.Count
        && before.Properties.All(pair => after.Properties.TryGetValue(pair.Key, out var value) && value == pair.Value);
}
