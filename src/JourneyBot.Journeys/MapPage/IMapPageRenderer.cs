using System.Globalization;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;

namespace JourneyBot.Journeys.MapPage;

/// <summary>
/// Draws a map as one self-contained HTML page (inline CSS and SVG, no scripts, nothing fetched): stages as
/// columns, lanes as rows, notes as cards coloured by kind, hand-off arrows and the emotion curve.
/// </summary>
public interface IMapPageRenderer
{
    /// <summary>The page of <paramref name="map"/> with its <paramref name="notes"/> (deleted ones are left out), in <paramref name="culture"/>.</summary>
    string Render(JourneyMap map, IReadOnlyList<Note> notes, CultureInfo culture);

    /// <summary>A short page explaining why the map cannot be shown.</summary>
    string RenderProblem(MapPageProblem problem, CultureInfo culture);
}
