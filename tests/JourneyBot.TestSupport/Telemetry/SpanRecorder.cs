using System.Collections.Concurrent;
using System.Diagnostics;

namespace JourneyBot.TestSupport.Telemetry;

/// <summary>
/// Records every span of the named activity sources that ends while it lives (an <see cref="ActivityListener"/>,
/// as an OpenTelemetry SDK would attach). Listeners are process-wide: tests pick their own spans by an id tag.
/// </summary>
public sealed class SpanRecorder : IDisposable
{
    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly ActivityListener _listener;

    public SpanRecorder(params string[] sources)
    {
        var names = new HashSet<string>(sources, StringComparer.Ordinal);
        _listener = new ActivityListener
        {
            ShouldListenTo = source => names.Contains(source.Name),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _spans.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>The spans ended so far, in the order they ended.</summary>
    public IReadOnlyList<Activity> Spans => [.. _spans];

    /// <summary>Spans ended so far whose tag <paramref name="tag"/> is <paramref name="value"/>.</summary>
    public IReadOnlyList<Activity> Tagged(string tag, string value) =>
        Spans.Where(span => Equals(span.GetTagItem(tag), value)).ToList();

    /// <summary>Spans of the trace of <paramref name="root"/> that have it as an ancestor (all of them ended).</summary>
    public IReadOnlyList<Activity> Descendants(Activity root)
    {
        var byId = Spans.Where(s => s.TraceId == root.TraceId).ToDictionary(s => s.SpanId);
        return byId.Values.Where(span =>
        {
            for (var parent = span.ParentSpanId; parent != default; parent = byId.TryGetValue(parent, out var p) ? p.ParentSpanId : default)
            {
                if (parent == root.SpanId)
                {
                    return true;
                }
            }

            return false;
        }).ToList();
    }

    public void Dispose() => _listener.Dispose();
}
