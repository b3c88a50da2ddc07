using System.Globalization;
using JourneyBot.Domain.Maps;

namespace JourneyBot.Journeys.Exports;

/// <summary>Renders a stored map and its live notes as a downloadable file.</summary>
public interface IMapExports
{
    /// <summary>
    /// The export of a map, or null when the map does not exist in <paramref name="scope"/> or was deleted.
    /// <paramref name="culture"/> is the language of the Markdown headings; CSV and JSON do not depend on it.
    /// </summary>
    Task<ExportFile?> ExportAsync(MapScope scope, string mapId, ExportFormat format, CultureInfo culture, CancellationToken cancellationToken);
}
