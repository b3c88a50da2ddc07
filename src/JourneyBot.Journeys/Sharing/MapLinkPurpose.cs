namespace JourneyBot.Journeys.Sharing;

/// <summary>What a signed link opens; part of the signature, so a view link cannot be turned into an export.</summary>
public enum MapLinkPurpose
{
    View,
    ExportCsv,
    ExportMarkdown,
    ExportJson,
}
