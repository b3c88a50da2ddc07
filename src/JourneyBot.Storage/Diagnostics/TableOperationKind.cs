namespace JourneyBot.Storage.Diagnostics;

/// <summary>What one request to the table service did, as <see cref="TableTransactionPolicy"/> classifies it.</summary>
public enum TableOperationKind
{
    /// <summary>A point read: <c>GET table(PartitionKey='…',RowKey='…')</c>.</summary>
    Get,

    /// <summary>A query of entities (<c>GET table()?$filter=…</c>), one request per page.</summary>
    Query,

    /// <summary>An insert: <c>POST table</c>.</summary>
    Insert,

    /// <summary>An update, merge or upsert of one entity: <c>PUT</c>, <c>PATCH</c> or <c>MERGE</c> on its key.</summary>
    Update,

    /// <summary>A delete of one entity.</summary>
    Delete,

    /// <summary>An entity group transaction: <c>POST $batch</c>, one request for up to 100 operations in one partition.</summary>
    Batch,

    /// <summary>Creating, deleting or listing tables (<c>/Tables</c>).</summary>
    Table,

    /// <summary>Anything else (service properties, statistics).</summary>
    Other,
}
