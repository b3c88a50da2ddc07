using System.Diagnostics;
using Azure.Core;
using Azure.Core.Pipeline;

namespace JourneyBot.Storage.Diagnostics;

/// <summary>
/// One span of <see cref="TableRequestTracing.SourceName"/> per request the table clients send (added per retry,
/// so a retried request is a span each time it is sent), named after its <see cref="TableOperationKind"/> and
/// tagged with the table, the operation, the method and the status code. Without a listener it starts nothing
/// and allocates nothing.
/// </summary>
internal sealed class TableRequestTracingPolicy : HttpPipelinePolicy
{
    private static readonly string[] SpanNames = Enumerable.Range(0, TableTransactionCounter.KindCount)
        .Select(k => "table " + TableTransactionCounter.NameOf((TableOperationKind)k))
        .ToArray();

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        using var span = Start(message);
        try
        {
            ProcessNext(message, pipeline);
        }
        catch (Exception exception) when (span is not null)
        {
            Failed(span, exception);
            throw;
        }

        Answered(span, message);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        using var span = Start(message);
        try
        {
            await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
        }
        catch (Exception exception) when (span is not null)
        {
            Failed(span, exception);
            throw;
        }

        Answered(span, message);
    }

    private static Activity? Start(HttpMessage message)
    {
        if (!TableRequestTracing.Source.HasListeners())
        {
            return null;
        }

        var request = message.Request;
        var kind = TableTransactionPolicy.Classify(request.Method, request.Uri.ToUri().OriginalString, out var table);
        var span = TableRequestTracing.Source.StartActivity(SpanNames[(int)kind], ActivityKind.Client);
        if (span is null)
        {
            return null;
        }

        span.SetTag(TableRequestTracing.TableTag, table.ToString());
        span.SetTag(TableRequestTracing.OperationTag, TableTransactionCounter.NameOf(kind));
        span.SetTag(TableRequestTracing.MethodTag, request.Method.Method);
        return span;
    }

    private static void Answered(Activity? span, HttpMessage message)
    {
        if (span is null || !message.HasResponse)
        {
            return;
        }

        var status = message.Response.Status;
        span.SetTag(TableRequestTracing.StatusCodeTag, status);

        // 404, 409 and 412 are answers the repositories expect (a missing row, a lost race); 5xx means storage is failing.
        if (status >= 500)
        {
            span.SetStatus(ActivityStatusCode.Error, $"HTTP {status}");
            span.SetTag(TableRequestTracing.ErrorTypeTag, status.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static void Failed(Activity span, Exception exception)
    {
        span.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
        span.SetTag(TableRequestTracing.ErrorTypeTag, exception.GetType().FullName);
    }
}
