using System.Globalization;
using JourneyBot.BotKit.Schema;
using JourneyBot.Cards;
using JourneyBot.Domain.Analysis;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;
using JourneyBot.Domain.Reminders;
using JourneyBot.Journeys.Cards;
using JourneyBot.Journeys.Localization;
using JourneyBot.Journeys.Summaries;
using Microsoft.Extensions.Options;

namespace JourneyBot.Journeys.Reminders;

/// <summary>
/// The review reminder (cards/reminder.json): what changed since the last review, red flags with no action
/// item, owned lanes with no notes (owners mentioned), stages nobody touched for long, overdue action items;
/// buttons Start review, Snooze 1 week, Open summary. Also the texts about reminders.
/// </summary>
public sealed class ReminderCards(ICardRenderer renderer, IOptions<ReminderOptions> options)
{
    public const string TemplateName = "reminder";

    /// <summary>The command the Start review button sends (the review flow's own command).</summary>
    public const string ReviewCommand = "review";

    /// <summary>The command the Open summary button sends.</summary>
    public const string SummaryCommand = "summary";

    private const int MaxLines = 6;
    private const int TextLength = 120;

    public Activity Card(CultureInfo culture, JourneyMap map, IReadOnlyList<Note> notes, ReminderActions actions, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentNullException.ThrowIfNull(actions);
        var since = map.LastReviewedAt ?? Max(map.CreatedAt, now - SummaryCommands.ChangeWindow);
        var insights = MapAnalysis.Analyse(map, notes, since);
        var sections = new List<ReminderSectionData>();
        var mentions = new List<ReminderMentionData>();

        var changes = insights.Changes;
        sections.Add(new ReminderSectionData(
            BotText.Get(culture, TextKeys.ReminderCardChanges, FormatDate(culture, since, map.Cadence)),
            [new ReminderLineData(BotText.Get(culture, TextKeys.ReminderCardChangeCounts, changes.Added, changes.Edited, changes.Deleted))]));

        var stageNames = map.Stages.ToDictionary(s => s.Id, s => s.Name, StringComparer.Ordinal);
        var laneNames = map.Lanes.ToDictionary(l => l.Id, l => l.Name, StringComparer.Ordinal);
        var redFlags = notes
            .Where(n => !n.IsDeleted && n.Kind == NoteKind.RedFlag && !actions.NoteIdsWithActions.Contains(n.Id)
                && stageNames.ContainsKey(n.StageId) && laneNames.ContainsKey(n.LaneId))
            .OrderByDescending(n => n.CreatedAt)
            .ToList();
        if (redFlags.Count > 0)
        {
            sections.Add(new ReminderSectionData(
                BotText.Get(culture, TextKeys.ReminderCardRedFlags, redFlags.Count),
                Limit(culture, redFlags.Select(n => BotText.Escaped(culture, TextKeys.ReminderCardFlag, SummaryView.Cut(n.Text, TextLength), stageNames[n.StageId], laneNames[n.LaneId])), redFlags.Count)));
        }

        var emptyOwned = insights.Lanes.Where(l => l.Lane.Owner is not null && l.Counts.Total == 0).Select(l => l.Lane).ToList();
        if (emptyOwned.Count > 0)
        {
            var lines = new List<string>();
            foreach (var lane in emptyOwned.Take(MaxLines))
            {
                var owner = lane.Owner!;
                // The mention's text must match the entity's; the name inside it is escaped like any other text.
                var mention = $"<at>{CardText.Literal(owner.Name)}</at>";
                mentions.Add(new ReminderMentionData(mention, owner.Id, owner.Name));
                lines.Add(BotText.Escaped(culture, TextKeys.ReminderCardEmptyLane, lane.Name, new Markup(mention)));
            }

            sections.Add(new ReminderSectionData(BotText.Get(culture, TextKeys.ReminderCardEmptyLanes), Limit(culture, lines, emptyOwned.Count)));
        }

        var staleAfter = options.Value.StaleStageAfter;
        if (now - map.CreatedAt >= staleAfter)
        {
            var lastTouched = notes
                .GroupBy(n => n.StageId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Max(n => Max(n.CreatedAt, n.UpdatedAt)), StringComparer.Ordinal);
            var stale = map.Stages.Where(s => !lastTouched.TryGetValue(s.Id, out var at) || now - at >= staleAfter).ToList();
            if (stale.Count > 0)
            {
                sections.Add(new ReminderSectionData(
                    BotText.Get(culture, TextKeys.ReminderCardStaleStages, (int)staleAfter.TotalDays),
                    Limit(culture, stale.Select(s => CardText.Literal(s.Name)), stale.Count)));
            }
        }

        if (actions.Overdue.Count > 0)
        {
            sections.Add(new ReminderSectionData(
                BotText.Get(culture, TextKeys.ReminderCardOverdue, actions.Overdue.Count),
                Limit(
                    culture,
                    actions.Overdue.OrderBy(a => a.DueAt).Select(a => BotText.Escaped(culture, TextKeys.ReminderCardOverdueItem, SummaryView.Cut(a.Title, TextLength), a.OwnerName ?? "—", new Markup(FormatDate(culture, a.DueAt, map.Cadence)))),
                    actions.Overdue.Count)));
        }

        var subtitle = map.LastReviewedAt is { } reviewed
            ? BotText.Escaped(culture, TextKeys.ReminderCardLastReview, new Markup(FormatDate(culture, reviewed, map.Cadence)), map.LastReviewedBy?.Name ?? "—")
            : BotText.Get(culture, TextKeys.ReminderCardNeverReviewed);
        if (sections.Count == 1 && changes.Total == 0)
        {
            subtitle += " " + BotText.Get(culture, TextKeys.ReminderCardAllClear);
        }

        return Activity.CreateCard(renderer.Render(TemplateName, new ReminderCardData(
            BotText.Escaped(culture, TextKeys.ReminderCardTitle, map.Name),
            subtitle,
            sections,
            mentions,
            BotText.Get(culture, TextKeys.ButtonStartReview),
            ReviewCommand,
            BotText.Get(culture, TextKeys.ButtonSnooze),
            SnoozeCommand(culture, map.Id),
            BotText.Get(culture, TextKeys.ButtonOpenSummary),
            SummaryCommand,
            map.Id)));
    }

    /// <summary>The command of the Snooze button: <c>remind snooze &lt;map id&gt;</c>.</summary>
    public static string SnoozeCommand(CultureInfo culture, string mapId) =>
        FirstWord(BotText.Get(BotText.English, TextKeys.CommandRemind)) + " " + FirstWord(BotText.Get(BotText.English, TextKeys.RemindWordsSnooze)) + " " + mapId;

    /// <summary>The cadence in words, e.g. "every 2 weeks on Monday at 09:00 (Europe/Berlin)".</summary>
    public static string Describe(CultureInfo culture, ReviewCadence cadence)
    {
        ArgumentNullException.ThrowIfNull(cadence);
        var at = cadence.TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture);
        var day = culture.DateTimeFormat.GetDayName(cadence.Weekday);
        var text = (cadence.Unit, cadence.Every) switch
        {
            (CadenceUnit.Minutes, 1) => BotText.Get(culture, TextKeys.ReminderEveryMinute),
            (CadenceUnit.Minutes, var n) => BotText.Get(culture, TextKeys.ReminderEveryMinutes, n),
            (CadenceUnit.Months, 1) => BotText.Get(culture, TextKeys.ReminderEveryMonth, cadence.DayOfMonth, at),
            (CadenceUnit.Months, var n) => BotText.Get(culture, TextKeys.ReminderEveryMonths, n, cadence.DayOfMonth, at),
            (_, 1) => BotText.Get(culture, TextKeys.ReminderEveryWeek, day, at),
            (_, var n) => BotText.Get(culture, TextKeys.ReminderEveryWeeks, n, day, at),
        };
        return BotText.Get(culture, TextKeys.ReminderCadenceInZone, text, cadence.TimeZoneId);
    }

    /// <summary>A moment in the cadence's time zone, e.g. "Monday 23 November 2026, 09:00".</summary>
    public static string FormatDate(CultureInfo culture, DateTimeOffset instant, ReviewCadence cadence)
    {
        ArgumentNullException.ThrowIfNull(cadence);
        var local = ReminderSchedule.LocalWallClock(cadence.TimeZone, instant);
        return local.ToString(BotText.Get(culture, TextKeys.ReminderDateFormat), culture);
    }

    private static List<ReminderLineData> Limit(CultureInfo culture, IEnumerable<string> lines, int total)
    {
        var shown = lines.Take(MaxLines).Select(l => new ReminderLineData(l)).ToList();
        if (total > MaxLines)
        {
            shown.Add(new ReminderLineData(BotText.Get(culture, TextKeys.ReminderCardMore, total - MaxLines)));
        }

        return shown;
    }

    private static string FirstWord(string words) => words.Split('|')[0];

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
