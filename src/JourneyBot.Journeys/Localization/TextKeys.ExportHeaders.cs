namespace JourneyBot.Journeys.Localization;

/// <summary>The keys of the exports' column headers (Resources/Strings.resx).</summary>
internal static partial class TextKeys
{
    /// <summary>The CSV header row, columns separated by <c>|</c>; in English the stable column identifiers.</summary>
    public const string ExportCsvHeader = nameof(ExportCsvHeader);
}
