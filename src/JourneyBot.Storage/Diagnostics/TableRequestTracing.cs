using System.Diagnostics;

namespace JourneyBot.Storage.Diagnostics;

/// <summary>
/// The names of the storage spans: one per request sent to the table service, named <c>table get</c>,
/// <c>table query</c>, <c>table insert</c>... (see <see cref="TableOperationKind"/>), on the activity source
/// <see cref="SourceName"/> (the same name as the <see cref="TableTransactionCounter.MeterName">meter</see>).
/// </summary>
public static class TableRequestTracing
{
    /// <summary>The name of the activity source.</summary>
    public const string SourceName = TableTransactionCounter.MeterName;

    /// <summary>The table's full name (with the prefix); <c>$batch</c> or <c>Tables</c> as in <see cref="TableTransactionTally.Table"/>.</summary>
    public const string TableTag = "journeybot.table.name";

    /// <summary>The <see cref="TableOperationKind"/>, lower case.</summary>
    public const string OperationTag = "journeybot.table.operation";

    /// <summary>The HTTP method.</summary>
    public const string MethodTag = "http.request.method";

    /// <summary>The HTTP status code of the answer.</summary>
    public const string StatusCodeTag = "http.response.status_code";

    /// <summary>The exception type, or the status code of a 5xx, of a failed request.</summary>
    public const string ErrorTypeTag = "error.type";

    internal static readonly ActivitySource Source = new(SourceName);
}
