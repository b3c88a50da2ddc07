using System.Globalization;
using JourneyBot.BotKit.Schema;
using JourneyBot.Cards;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;
using JourneyBot.Journeys.Localization;
using JourneyBot.Journeys.Sharing;

namespace JourneyBot.Journeys.Cards;

/// <summary>Builds the bot's cards: localized labels plus data, expanded from the templates in cards/.</summary>
public sealed class JourneyCards(ICardRenderer renderer, IMapLinks links)
{
    public Activity Welcome(CultureInfo culture, bool inGroup) =>
        Activity.CreateCard(renderer.Render("welcome", new WelcomeCardData(
            BotText.Get(culture, TextKeys.WelcomeTitle),
            BotText.Get(culture, TextKeys.WelcomeBody),
            BotText.Get(culture, TextKeys.WelcomeNext),
            BotText.Get(culture, TextKeys.WelcomeMentionHint),
            inGroup,
            BotText.Get(culture, TextKeys.ButtonNewMap),
            BotText.Get(culture, TextKeys.ButtonHelp))));

    public Activity Help(CultureInfo culture)
    {
        var commands = new[]
        {
            Usage(culture, TextKeys.CommandNewMap, TextKeys.HelpNewMap),
            Usage(culture, TextKeys.CommandAddStage, TextKeys.HelpAddStage),
            Usage(culture, TextKeys.CommandMaps, TextKeys.HelpMaps),
            Usage(culture, TextKeys.CommandUse, TextKeys.HelpUse, " <…>"),
            Usage(culture, TextKeys.CommandShowMap, TextKeys.HelpShowMap),
            Usage(culture, TextKeys.CommandSummary, TextKeys.HelpSummary, " [<…>]"),
            Usage(culture, TextKeys.CommandReview, TextKeys.HelpReview),
            Usage(culture, TextKeys.CommandReviewStatus, TextKeys.HelpReviewStatus),
            Usage(culture, TextKeys.CommandCloseReview, TextKeys.HelpCloseReview),
            Usage(culture, TextKeys.CommandRemind, TextKeys.HelpRemind, " […]"),
            Usage(culture, TextKeys.CommandExport, TextKeys.HelpExport, " csv|markdown|json"),
            Usage(culture, TextKeys.CommandImport, TextKeys.HelpImport),
            Usage(culture, TextKeys.CommandAddNote, TextKeys.HelpAddNote),
            Usage(culture, TextKeys.NoteKindRedFlag, TextKeys.HelpShortcuts, " …"),
            Usage(culture, TextKeys.CommandNotes, TextKeys.HelpNotes),
            Usage(culture, TextKeys.CommandUndo, TextKeys.HelpUndo),
            Usage(culture, TextKeys.CommandEdit, TextKeys.HelpEdit, " " + BotText.Get(culture, TextKeys.HelpNoteIdPlaceholder) + " <…>"),
            Usage(culture, TextKeys.CommandDelete, TextKeys.HelpDelete, " " + BotText.Get(culture, TextKeys.HelpNoteIdPlaceholder)),
            Usage(culture, TextKeys.CommandActionItem, TextKeys.HelpAction, " <…>"),
            Usage(culture, TextKeys.CommandActionItems, TextKeys.HelpActions, " [" + BotText.Get(culture, TextKeys.WordsActionAll).Split('|')[0] + "]"),
            Usage(culture, TextKeys.CommandAddLane, TextKeys.HelpAddLane, " <…>"),
            Usage(culture, TextKeys.CommandRenameStage, TextKeys.HelpRename, " <…> " + FirstWord(culture, TextKeys.WordsTo) + " <…>"),
            Usage(culture, TextKeys.CommandMoveStage, TextKeys.HelpMove, " <…> " + FirstWord(culture, TextKeys.WordsTo) + " <n>"),
            Usage(culture, TextKeys.CommandRemoveStage, TextKeys.HelpRemove, " <…>"),
            Usage(culture, TextKeys.CommandFacilitator, TextKeys.HelpFacilitator, " @…"),
            Usage(culture, TextKeys.CommandRenameMap, TextKeys.HelpRenameMap, " <…>"),
            Usage(culture, TextKeys.CommandLanguage, TextKeys.HelpLanguage, " [" + string.Join('|', new[] { TextKeys.WordsLanguageChinese, TextKeys.WordsLanguageEnglish, TextKeys.WordsLanguageAuto }.Select(k => BotText.Get(culture, k).Split('|')[0])) + "]"),
            Usage(culture, TextKeys.CommandHelp, TextKeys.HelpHelp),
            Usage(culture, TextKeys.CommandCancel, TextKeys.HelpCancel),
        };
        return Activity.CreateCard(renderer.Render("help", new HelpCardData(
            BotText.Get(culture, TextKeys.HelpTitle),
            BotText.Get(culture, TextKeys.HelpIntro),
            commands,
            BotText.Get(culture, TextKeys.ButtonNewMap),
            BotText.Get(culture, TextKeys.ButtonShowMap),
            BotText.Get(culture, TextKeys.ButtonMaps))));
    }

    public Activity Map(CultureInfo culture, JourneyMap map, IReadOnlyList<Note> notes)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(notes);
        var perStage = notes.GroupBy(n => n.StageId).ToDictionary(g => g.Key, g => g.Count());
        var contributors = notes
            .GroupBy(n => n.Author.Id)
            .Select(g => new ContributorData(CardText.Literal(g.Last().Author.Name), NoteCount(culture, g.Count())))
            .OrderBy(c => c.Name, StringComparer.CurrentCulture)
            .ToList();
        var facts = new List<FactData>
        {
            new(BotText.Get(culture, TextKeys.MapCardPersona), CardText.Literal(map.Persona)),
            new(BotText.Get(culture, TextKeys.MapCardGoal), CardText.Literal(map.Goal)),
            new(BotText.Get(culture, TextKeys.MapCardTemplate), TemplateName(culture, map.Template)),
            new(BotText.Get(culture, TextKeys.MapCardCreated), BotText.Escaped(culture, TextKeys.MapCardCreatedValue, map.CreatedBy.Name, new Markup(BotText.Date(culture, map.CreatedAt, map.Cadence.TimeZone)))),
        };
        var stages = map.Stages
            .Select((stage, i) => new StageRowData((i + 1).ToString(culture), CardText.Literal(stage.Name), NoteCount(culture, perStage.GetValueOrDefault(stage.Id))))
            .ToList();
        var customerLane = BotText.Get(culture, TextKeys.MapCardCustomerLane);
        var lanes = map.Lanes
            .Select(lane => new LaneRowData(CardText.Literal(lane.Name), lane.Kind == LaneKind.Customer, lane.Kind == LaneKind.Customer ? customerLane : CardText.Literal(lane.Owner?.Name)))
            .ToList();
        return Activity.CreateCard(renderer.Render("map", new MapCardData(
            CardText.Literal(map.Name),
            map.Id,
            facts,
            BotText.Get(culture, TextKeys.MapCardStages, map.Stages.Count),
            stages,
            BotText.Get(culture, TextKeys.MapCardNoStages),
            BotText.Get(culture, TextKeys.MapCardLanes, map.Lanes.Count),
            lanes,
            BotText.Get(culture, TextKeys.MapCardNoLanes),
            BotText.Get(culture, TextKeys.MapCardContributors, contributors.Count),
            contributors,
            BotText.Get(culture, TextKeys.MapCardNoContributors),
            BotText.Get(culture, TextKeys.ButtonAddNote),
            BotText.Get(culture, TextKeys.ButtonAddStage),
            BotText.Get(culture, TextKeys.ButtonHelp),
            BotText.Get(culture, TextKeys.SummaryOpenMap),
            MapLinkLanguage.With(links.Create(map.Scope, map.Id, MapLinkPurpose.View), culture).AbsoluteUri)));
    }

    /// <summary>
    /// The confirmation of a stored note, with an Undo button and, for a red flag or an opportunity, a button that
    /// makes it an action item (<c>action from &lt;id&gt;</c>).
    /// </summary>
    public Activity NoteAdded(CultureInfo culture, string mapId, string text, string noteId, bool actionable = false) =>
        Activity.CreateCard(renderer.Render("note-added", new NoteAddedCardData(
            text,
            BotText.Get(culture, TextKeys.ButtonUndo),
            $"undo {noteId}",
            actionable ? BotText.Get(culture, TextKeys.ButtonMakeAction) : string.Empty,
            actionable ? $"action from {noteId}" : string.Empty,
            mapId)));

    private static string NoteCount(CultureInfo culture, int count) =>
        count == 1 ? BotText.Get(culture, TextKeys.MapCardOneNote) : BotText.Get(culture, TextKeys.MapCardNotesCount, count);

    /// <summary>The short name of a template in <paramref name="culture"/>.</summary>
    public static string TemplateName(CultureInfo culture, MapTemplate template) => BotText.Get(culture, template switch
    {
        MapTemplate.CustomerJourney => TextKeys.TemplateNameCustomerJourney,
        MapTemplate.SprintServiceMap => TextKeys.TemplateNameSprintServiceMap,
        MapTemplate.ServiceBlueprint => TextKeys.TemplateNameServiceBlueprint,
        _ => TextKeys.TemplateNameBlank,
    });

    private static CommandUsageData Usage(CultureInfo culture, string wordsKey, string descriptionKey, string suffix = "") =>
        new(FirstWord(culture, wordsKey) + suffix, BotText.Get(culture, descriptionKey));

    /// <summary>The first (shown) word of a word-list resource (<c>a|b|c</c>).</summary>
    private static string FirstWord(CultureInfo culture, string wordsKey) => BotText.Get(culture, wordsKey).Split('|')[0];
}
