using Azure.Core;
using Azure.Core.Pipeline;

namespace JourneyBot.Storage.Diagnostics;

/// <summary>
/// Counts each request the table clients send (added per retry, so a retried request counts each time it
/// is sent, as the service bills it) in <see cref="TableTransactionCounter"/>. It reads only the method and
/// the request URI the transport builds anyway, and allocates nothing per request.
/// </summary>
internal sealed class TableTransactionPolicy(TableTransactionCounter counter) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var request = message.Request;

        // ToUri caches the Uri on the request; the transport reuses it to send.
        var kind = Classify(request.Method, request.Uri.ToUri().OriginalString, out var table);
        counter.Record(kind, table);
    }

    /// <summary>
    /// The kind of a table service request and the table it addresses (<c>$batch</c> for an entity group
    /// transaction, whose table is in its body; <c>Tables</c> for table management; empty for the service).
    /// </summary>
    internal static TableOperationKind Classify(RequestMethod method, ReadOnlySpan<char> uri, out ReadOnlySpan<char> table)
    {
        var query = uri.IndexOf('?');
        var path = query >= 0 ? uri[..query] : uri;
        var slash = path.LastIndexOf('/');
        var segment = slash >= 0 ? path[(slash + 1)..] : path;

        if (segment.SequenceEqual("$batch"))
        {
            table = segment;
            return method == RequestMethod.Post ? TableOperationKind.Batch : TableOperationKind.Other;
        }

        if (segment.SequenceEqual("Tables") || segment.StartsWith("Tables(", StringComparison.Ordinal))
        {
            table = segment[..6];
            return TableOperationKind.Table;
        }

        var paren = segment.IndexOf('(');
        table = paren >= 0 ? segment[..paren] : segment;
        if (table.IsEmpty)
        {
            return TableOperationKind.Other;
        }

        var keyed = paren >= 0 && paren + 1 < segment.Length && segment[paren + 1] != ')';
        if (method == RequestMethod.Get || method == RequestMethod.Head)
        {
            return keyed ? TableOperationKind.Get : TableOperationKind.Query;
        }

        if (method == RequestMethod.Post)
        {
            return TableOperationKind.Insert;
        }

        if (method == RequestMethod.Put || method == RequestMethod.Patch || method.Method == "MERGE")
        {
            return TableOperationKind.Update;
        }

        return method == RequestMethod.Delete ? TableOperationKind.Delete : TableOperationKind.Other;
    }
}
