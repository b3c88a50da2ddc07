namespace JourneyBot.Telemetry;

/// <summary>The three kinds of OTLP export, each with its own path under an HTTP endpoint.</summary>
internal enum OtlpSignal
{
    Traces,
    Metrics,
    Logs,
}
