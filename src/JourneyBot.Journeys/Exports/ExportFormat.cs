namespace JourneyBot.Journeys.Exports;

/// <summary>The files a map can be exported as.</summary>
public enum ExportFormat
{
    /// <summary>One row per live note, for spreadsheets (columns documented in the README).</summary>
    Csv,

    /// <summary>A readable document: the map's header, then each stage's notes grouped by lane.</summary>
    Markdown,

    /// <summary>The whole map as a versioned document that <c>import</c> reads back.</summary>
    Json,
}
