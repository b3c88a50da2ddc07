using System.Globalization;
using System.Text;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;
using JourneyBot.Journeys.Contributions;
using JourneyBot.Journeys.Localization;

namespace JourneyBot.Journeys.Exports;

/// <summary>
/// The Markdown export: the map's header (persona, goal, layout, facilitators, counts), then one section per
/// stage in order, its live notes grouped by lane (top to bottom) with their kind, fields, author and date.
/// Headings come from the resources in <c>culture</c>; everything people wrote is escaped.
/// </summary>
public static class MapMarkdownExporter
{
    public static string Export(JourneyMap map, IEnumerable<Note> notes, CultureInfo culture, DateTimeOffset exportedAt)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentNullException.ThrowIfNull(culture);
        var live = notes.Where(n => !n.IsDeleted).OrderBy(n => n.CreatedAt).ThenBy(n => n.Id, StringComparer.Ordinal).ToList();
        var md = new StringBuilder();
        AppendHeader(md, map, live.Count, culture, exportedAt);

        if (map.Stages.Count == 0)
        {
            md.Append('_').Append(BotText.Get(culture, TextKeys.ExportMdNoStages)).Append("_\n\n");
        }

        for (var i = 0; i < map.Stages.Count; i++)
        {
            var stage = map.Stages[i];
            md.Append("## ").Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append(". ").Append(MarkdownText.Escape(stage.Name)).Append("\n\n");
            var atStage = live.Where(n => n.StageId == stage.Id && map.FindLane(n.LaneId) is not null).ToList();
            if (atStage.Count == 0)
            {
                md.Append('_').Append(BotText.Get(culture, TextKeys.ExportMdNoNotes)).Append("_\n\n");
                continue;
            }

            foreach (var lane in map.Lanes)
            {
                var inLane = atStage.Where(n => n.LaneId == lane.Id).ToList();
                if (inLane.Count > 0)
                {
                    md.Append("### ").Append(LaneHeading(lane, culture)).Append("\n\n");
                    AppendNotes(md, map, inLane, culture);
                }
            }
        }

        // Live notes always have a stage and lane; this keeps any note whose place is gone from vanishing.
        var elsewhere = live.Where(n => map.FindStage(n.StageId) is null || map.FindLane(n.LaneId) is null).ToList();
        if (elsewhere.Count > 0)
        {
            md.Append("## ").Append(BotText.Get(culture, TextKeys.ExportMdOtherNotes)).Append("\n\n");
            AppendNotes(md, map, elsewhere, culture);
        }

        return md.ToString();
    }

    private static void AppendHeader(StringBuilder md, JourneyMap map, int noteCount, CultureInfo culture, DateTimeOffset exportedAt)
    {
        md.Append("# ").Append(MarkdownText.Escape(map.Name)).Append("\n\n");
        if (map.Persona.Length > 0)
        {
            AppendField(md, culture, TextKeys.MapCardPersona, MarkdownText.Escape(map.Persona));
        }

        if (map.Goal.Length > 0)
        {
            AppendField(md, culture, TextKeys.MapCardGoal, MarkdownText.Escape(map.Goal));
        }

        AppendField(md, culture, TextKeys.MapCardTemplate, BotText.Get(culture, TemplateKey(map.Template)));
        var facilitators = new[] { map.CreatedBy }.Concat(map.Facilitators).Select(p => MarkdownText.Escape(p.Name));
        AppendField(md, culture, TextKeys.ExportMdFacilitators, string.Join(", ", facilitators));
        md.Append("- ").Append(BotText.Get(culture, TextKeys.ExportMdCounts, map.Stages.Count, map.Lanes.Count, noteCount)).Append('\n');
        md.Append("- ").Append(BotText.Get(culture, TextKeys.ExportMdExported, exportedAt.UtcDateTime)).Append("\n\n");
    }

    private static void AppendField(StringBuilder md, CultureInfo culture, string labelKey, string value) =>
        md.Append("- ").Append(BotText.Get(culture, TextKeys.ExportMdField, BotText.Get(culture, labelKey), value)).Append('\n');

    private static string LaneHeading(Lane lane, CultureInfo culture)
    {
        var heading = new StringBuilder(MarkdownText.Escape(lane.Name));
        if (lane.Kind == LaneKind.Customer)
        {
            heading.Append(" (").Append(BotText.Get(culture, TextKeys.MapCardCustomerLane)).Append(')');
        }

        if (lane.Owner is not null)
        {
            heading.Append(" · ").Append(BotText.Get(culture, TextKeys.ExportMdOwner, MarkdownText.Escape(lane.Owner.Name)));
        }

        return heading.ToString();
    }

    private static void AppendNotes(StringBuilder md, JourneyMap map, IEnumerable<Note> notes, CultureInfo culture)
    {
        foreach (var note in notes)
        {
            md.Append(NoteLine(map, note, culture)).Append('\n');
        }

        md.Append('\n');
    }

    private static string NoteLine(JourneyMap map, Note note, CultureInfo culture)
    {
        var kind = NoteKinds.ShortName(culture, note.Kind);

        // A hard line break (backslash) and two spaces keep every line of the note inside its list item.
        var text = string.Join("\\\n  ", MarkdownText.EscapeLines(note.Text));
        var byline = note.History.Count == 0
            ? BotText.Get(culture, TextKeys.ExportMdByline, MarkdownText.Escape(note.Author.Name), note.CreatedAt.UtcDateTime)
            : BotText.Get(culture, TextKeys.ExportMdEdited, MarkdownText.Escape(note.Author.Name), note.CreatedAt.UtcDateTime, note.History.Count);
        var details = Details(map, note, culture);
        return details.Count == 0
            ? BotText.Get(culture, TextKeys.ExportMdNote, kind, text, byline)
            : BotText.Get(culture, TextKeys.ExportMdNoteWithDetails, kind, string.Join(" · ", details), text, byline);
    }

    private static List<string> Details(JourneyMap map, Note note, CultureInfo culture)
    {
        var details = new List<string>();
        if (map.FindStage(note.StageId) is null || map.FindLane(note.LaneId) is null)
        {
            details.Add(PlaceName(map.FindStage(note.StageId)?.Name, culture) + " / " + PlaceName(map.FindLane(note.LaneId)?.Name, culture));
        }

        if (note.ToLaneId is not null)
        {
            details.Add(BotText.Get(culture, TextKeys.ExportMdToLane, PlaceName(map.FindLane(note.ToLaneId)?.Name, culture)));
        }

        if (note.Score is { } score)
        {
            details.Add(BotText.Get(culture, TextKeys.ExportMdScore, score));
        }

        AddIfPresent(details, culture, TextKeys.ExportMdChannel, note.Channel);
        AddIfPresent(details, culture, TextKeys.ExportMdSpeaker, note.Speaker);
        if (note.Source is { } source)
        {
            details.Add(BotText.Get(culture, TextKeys.ExportMdSource, NoteKinds.SourceName(culture, source)));
        }

        if (note.Validated is { } validated)
        {
            details.Add(BotText.Get(culture, validated ? TextKeys.ExportMdValidated : TextKeys.ExportMdNotValidated));
        }

        AddIfPresent(details, culture, TextKeys.ExportMdCategory, note.Category);
        return details;
    }

    private static string PlaceName(string? name, CultureInfo culture) =>
        name is null ? BotText.Get(culture, TextKeys.ExportMdUnknownPlace) : MarkdownText.Escape(name);

    private static void AddIfPresent(List<string> details, CultureInfo culture, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            details.Add(BotText.Get(culture, key, MarkdownText.Escape(value)));
        }
    }

    private static string TemplateKey(MapTemplate template) => template switch
    {
        MapTemplate.CustomerJourney => TextKeys.TemplateNameCustomerJourney,
        MapTemplate.SprintServiceMap => TextKeys.TemplateNameSprintServiceMap,
        MapTemplate.ServiceBlueprint => TextKeys.TemplateNameServiceBlueprint,
        _ => TextKeys.TemplateNameBlank,
    };
}
