using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;

namespace JourneyBot.Journeys.Exports;

/// <summary>
/// The JSON export: the map with every field, and every live note with every field. Deleted notes (archived
/// ones included, which are deleted notes whose stage or lane was removed) are left out: deleting is how people
/// take back what they wrote, and an export leaves the bot for files and mail where no one can take it back.
/// </summary>
public static class MapJsonExporter
{
    public static ExportDocument Export(JourneyMap map, IEnumerable<Note> notes, DateTimeOffset exportedAt)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(notes);
        return new ExportDocument
        {
            Format = ExportJson.Format,
            Version = ExportJson.Version,
            ExportedAt = exportedAt.ToUniversalTime(),
            Map = new ExportedMap
            {
                Id = map.Id,
                Name = map.Name,
                Persona = map.Persona,
                Goal = map.Goal,
                Template = ExportVocabulary.Name(map.Template),
                CreatedBy = Person(map.CreatedBy),
                CreatedAt = map.CreatedAt.ToUniversalTime(),
                UpdatedAt = map.UpdatedAt.ToUniversalTime(),
                Facilitators = map.Facilitators.Select(Person).ToList(),
                Stages = map.Stages.Select(s => new ExportedStage { Id = s.Id, Name = s.Name }).ToList(),
                Lanes = map.Lanes.Select(l => new ExportedLane
                {
                    Id = l.Id,
                    Name = l.Name,
                    Kind = ExportVocabulary.Name(l.Kind),
                    Owner = l.Owner is null ? null : Person(l.Owner),
                }).ToList(),
            },
            Notes = notes.Where(n => !n.IsDeleted).Select(n => Note(map, n)).ToList(),
        };
    }

    private static ExportedNote Note(JourneyMap map, Note note) => new()
    {
        Id = note.Id,
        Kind = ExportVocabulary.Name(note.Kind),
        StageId = note.StageId,
        StageName = map.FindStage(note.StageId)?.Name,
        LaneId = note.LaneId,
        LaneName = map.FindLane(note.LaneId)?.Name,
        ToLaneId = note.ToLaneId,
        ToLaneName = note.ToLaneId is null ? null : map.FindLane(note.ToLaneId)?.Name,
        Text = note.Text,
        Author = Person(note.Author),
        CreatedAt = note.CreatedAt.ToUniversalTime(),
        UpdatedAt = note.UpdatedAt == default ? null : note.UpdatedAt.ToUniversalTime(),
        Category = note.Category,
        Channel = note.Channel,
        Score = note.Score,
        Speaker = note.Speaker,
        Source = note.Source is { } source ? ExportVocabulary.Name(source) : null,
        Validated = note.Validated,
        History = note.History.Select(r => new ExportedRevision { Text = r.Text, EditedBy = Person(r.EditedBy), EditedAt = r.EditedAt.ToUniversalTime() }).ToList(),
        Archived = note.Archived,
    };

    private static ExportedPerson Person(Person person) => new() { Id = person.Id, Name = person.Name };
}
