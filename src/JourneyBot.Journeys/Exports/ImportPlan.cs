using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;

namespace JourneyBot.Journeys.Exports;

/// <summary>A checked document, ready to store: the new map (its creator the importer) and its notes.</summary>
internal sealed record ImportPlan(JourneyMap Map, IReadOnlyList<Note> Notes)
{
    /// <summary>The same plan under the map id finally drawn and the name finally chosen.</summary>
    public ImportPlan For(string mapId, string name) => new(
        Map with { Id = mapId, Name = name },
        Notes.Select(n => n with { MapId = mapId }).ToList());
}
