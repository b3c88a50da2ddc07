using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace JourneyBot.BotKit.Diagnostics;

/// <summary>The turn counter and duration histogram on the <see cref="BotTelemetry.Name"/> meter.</summary>
internal sealed class TurnMetrics
{
    private readonly Counter<long> _turns;
    private readonly Histogram<double> _duration;

    public TurnMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(BotTelemetry.Name);
        _turns = meter.CreateCounter<long>(BotTelemetry.TurnsInstrument, "{turn}", "Activities received on the messaging endpoint, by type and outcome.");
        _duration = meter.CreateHistogram<double>(BotTelemetry.TurnDurationInstrument, "s", "Time from reading an activity to writing the answer.");
    }

    public void Record(string? activityType, string outcome, TimeSpan elapsed)
    {
        var tags = new TagList
        {
            { BotTelemetry.ActivityTypeTag, BotTelemetry.MetricType(activityType) },
            { BotTelemetry.OutcomeTag, outcome },
        };
        _turns.Add(1, tags);
        _duration.Record(elapsed.TotalSeconds, tags);
    }
}
