using System.Globalization;
using System.Text;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Maps;

namespace JourneyBot.Journeys.Exports;

/// <summary>Loads a map and its live notes from storage and renders them with the exporters.</summary>
internal sealed class MapExports(IMapRepository maps, INoteRepository notes, TimeProvider time) : IMapExports
{
    public async Task<ExportFile?> ExportAsync(MapScope scope, string mapId, ExportFormat format, CultureInfo culture, CancellationToken cancellationToken)
    {
        var map = await maps.GetAsync(scope, mapId, cancellationToken);
        if (map is null)
        {
            return null;
        }

        var live = await notes.ListAsync(scope, mapId, includeDeleted: false, cancellationToken);
        var now = time.GetUtcNow();
        var content = format switch
        {
            ExportFormat.Csv => MapCsvExporter.Export(map, live, culture),
            ExportFormat.Markdown => Encoding.UTF8.GetBytes(MapMarkdownExporter.Export(map, live, culture, now)),
            _ => ExportJson.Write(MapJsonExporter.Export(map, live, now)),
        };
        var (fileName, asciiFileName) = ExportFileNames.For(map.Name, ExportFormats.Extension(format));
        return new ExportFile(content, ExportFormats.ContentType(format), fileName, asciiFileName);
    }
}
