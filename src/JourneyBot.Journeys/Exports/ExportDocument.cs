namespace JourneyBot.Journeys.Exports;

/// <summary>
/// The JSON export of a map (<c>{"format": "journeybot-map", "version": 1, ...}</c>), which <c>import</c> reads back.
/// Every property is nullable so that a document someone edited by hand can be checked field by field and
/// answered with what is missing, instead of failing as a whole.
/// </summary>
public sealed record ExportDocument
{
    public string? Format { get; init; }
    public int? Version { get; init; }
    public DateTimeOffset? ExportedAt { get; init; }
    public ExportedMap? Map { get; init; }
    public IReadOnlyList<ExportedNote?>? Notes { get; init; }
}
