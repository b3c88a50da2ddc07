using System.Globalization;
using JourneyBot.Domain.Analysis;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;
using JourneyBot.Journeys.Actions;
using JourneyBot.Journeys.Cards;
using JourneyBot.Journeys.Contributions;
using JourneyBot.Journeys.Localization;

namespace JourneyBot.Journeys.Summaries;

/// <summary>
/// Turns an analysis into the localized data of cards/summary.json (also the source of the text summary):
/// the whole map, or the stage or lane the analysis was narrowed to.
/// </summary>
internal sealed class SummaryView
{
    /// <summary>The command word card buttons send; the parser knows it in every language.</summary>
    public const string Command = "summary";

    private const string LaneWord = "lane";
    private const string Separator = " · ";

    private readonly CultureInfo _culture;
    private readonly MapInsights _insights;
    private readonly TimeSpan _changeWindow;
    private readonly SummaryLimits _limits;
    private readonly JourneyMap _map;

    private SummaryView(CultureInfo culture, MapInsights insights, TimeSpan changeWindow, SummaryLimits limits)
    {
        _culture = culture;
        _insights = insights;
        _changeWindow = changeWindow;
        _limits = limits;
        _map = insights.Map;
    }

    /// <summary>The card data for <paramref name="insights"/>: a stage's or lane's detail when it was narrowed to one.</summary>
    /// <param name="culture">The reader's language.</param>
    /// <param name="insights">The analysis.</param>
    /// <param name="changeWindow">The period the analysis' changes cover (ending now), for their heading.</param>
    /// <param name="mapUrl">The map page, if there is one to link.</param>
    /// <param name="limits">How much to show.</param>
    public static SummaryCardData Build(CultureInfo culture, MapInsights insights, TimeSpan changeWindow, Uri? mapUrl, SummaryLimits limits)
    {
        ArgumentNullException.ThrowIfNull(insights);
        var view = new SummaryView(culture, insights, changeWindow, limits);
        var focus = insights.Focus;
        var data = focus?.StageId is { } stageId && insights.Stages.FirstOrDefault(s => s.Stage.Id == stageId) is { } stage
            ? view.ForStage(stage)
            : focus?.LaneId is { } laneId && insights.Lanes.FirstOrDefault(l => l.Lane.Id == laneId) is { } lane
                ? view.ForLane(lane)
                : view.ForMap();
        return data with
        {
            MapUrl = mapUrl?.AbsoluteUri ?? string.Empty,
            MapButton = Text(culture, TextKeys.SummaryOpenMap),
            ReviewButton = focus is null ? Text(culture, TextKeys.ButtonStartReview) : string.Empty,
            MapId = insights.Map.Id,
        };
    }

    private SummaryCardData ForMap()
    {
        var facts = new List<FactData>
        {
            new(T(TextKeys.MapCardPersona), Shown(_map.Persona, _limits.DescriptionLength)),
            new(T(TextKeys.MapCardGoal), Shown(_map.Goal, _limits.DescriptionLength)),
            new(T(TextKeys.SummaryLastReview), _map.LastReviewedAt is { } reviewed ? T(TextKeys.SummaryReviewedOn, BotText.Date(_culture, reviewed, _map.Cadence.TimeZone), Name(_map.LastReviewedBy?.Name ?? string.Empty)) : T(TextKeys.SummaryNotReviewed)),
            new(T(TextKeys.SummaryContributors), Number(_insights.Contributors)),
            new(T(TextKeys.SummaryNotes), Number(_insights.NoteCount)),
        };
        var scored = _insights.MostNegative is not null;
        return Blank(_map.Name, T(TextKeys.SummarySubtitle)) with
        {
            Facts = facts.Where(f => f.Value.Length > 0).ToList(),
            Curve = scored ? Curve() : string.Empty,
            RowsHeading = T(TextKeys.SummaryStagesHeading),
            RowsHint = _limits.RowCommands ? T(TextKeys.SummaryStageHint) : string.Empty,
            Rows = _insights.Stages.Select(s => StageRow(s, withGlyph: true)).ToList(),
            NoRows = T(TextKeys.SummaryNoStages),
            Legend = Legend(),
            PeakHeading = _map.Stages.Count > 0 ? T(TextKeys.SummaryPeakHeading) : string.Empty,
            Peaks = Peaks(),
            NoPeaks = _map.Stages.Count > 0 && !scored ? T(TextKeys.SummaryNoEmotions) : string.Empty,
            Lists = [WorksWell(), DoesNotWork(), .. ActionItems(), MapGaps(), Changes()],
        };
    }

    private SummaryCardData ForStage(StageInsight stage)
    {
        var emotion = stage.AverageEmotion is { } average
            ? T(TextKeys.SummaryEmotionValue, SummaryGlyphs.Emotion(average), SummaryGlyphs.Score(average, _culture), Number(stage.EmotionCount))
            : T(TextKeys.SummaryNoEmotion);
        return Blank(stage.Stage.Name, T(TextKeys.SummaryStageSubtitle, stage.Position, _map.Stages.Count, Name(_map.Name))) with
        {
            Facts =
            [
                new(T(TextKeys.SummaryEmotion), emotion),
                new(T(TextKeys.SummaryNotes), Number(_insights.NoteCount)),
                new(T(TextKeys.SummaryContributors), Number(_insights.Contributors)),
            ],
            RowsHeading = T(TextKeys.SummaryStageLanesHeading),
            RowsHint = _limits.RowCommands ? T(TextKeys.SummaryLaneHint) : string.Empty,
            Rows = _insights.Lanes.Select(LaneRow).ToList(),
            NoRows = T(TextKeys.SummaryNoLanes),
            Legend = Legend(),
            Lists = [WorksWell(), DoesNotWork(), Quotes(), StageGaps(stage), Changes()],
            BackCommand = Command,
            BackButton = T(TextKeys.SummaryBack),
        };
    }

    private SummaryCardData ForLane(LaneInsight lane)
    {
        var facts = new List<FactData>();
        if (lane.Lane.Kind != LaneKind.Customer)
        {
            facts.Add(new(T(TextKeys.SummaryOwner), lane.Lane.Owner is { } owner ? Name(owner.Name) : T(TextKeys.SummaryNoOwner)));
        }

        if (lane.AverageEmotion is { } average)
        {
            facts.Add(new(T(TextKeys.SummaryEmotion), T(TextKeys.SummaryEmotionValue, SummaryGlyphs.Emotion(average), SummaryGlyphs.Score(average, _culture), Number(lane.EmotionCount))));
        }

        facts.Add(new(T(TextKeys.SummaryNotes), Number(_insights.NoteCount)));
        facts.Add(new(T(TextKeys.SummaryContributors), Number(_insights.Contributors)));
        var scored = _insights.MostNegative is not null;
        return Blank(lane.Lane.Name, T(TextKeys.SummaryLaneSubtitle, Name(_map.Name))) with
        {
            Facts = facts,
            Curve = scored ? Curve() : string.Empty,
            RowsHeading = T(TextKeys.SummaryLaneStagesHeading),
            RowsHint = _limits.RowCommands ? T(TextKeys.SummaryStageHint) : string.Empty,
            Rows = _insights.Stages.Select(s => StageRow(s, withGlyph: scored)).ToList(),
            NoRows = T(TextKeys.SummaryNoStages),
            Legend = Legend(),
            PeakHeading = scored ? T(TextKeys.SummaryPeakHeading) : string.Empty,
            Peaks = Peaks(),
            Lists = [WorksWell(), DoesNotWork(), Quotes(), LaneGaps(), Changes()],
            BackCommand = Command,
            BackButton = T(TextKeys.SummaryBack),
        };
    }

    private static SummaryCardData Blank(string title, string subtitle) => new(
        CardText.Literal(title), subtitle, [], string.Empty, string.Empty, string.Empty, [], string.Empty, string.Empty, string.Empty, [], string.Empty, [],
        string.Empty, string.Empty, string.Empty, string.Empty);

    private string Curve() => T(TextKeys.SummaryCurve, string.Join(" → ", _insights.Stages.Select(s => SummaryGlyphs.Emotion(s.AverageEmotion))));

    private SummaryRowData StageRow(StageInsight stage, bool withGlyph)
    {
        var glyph = withGlyph ? SummaryGlyphs.Emotion(stage.AverageEmotion) + " " : string.Empty;
        var title = string.Create(_culture, $"{glyph}{stage.Position}. {Name(stage.Stage.Name)}");
        var target = _limits.CommandsByName ? stage.Stage.Name : stage.Position.ToString(CultureInfo.InvariantCulture);
        return new SummaryRowData(title, Counts(stage.Counts), _limits.RowCommands ? $"{Command} {target}" : string.Empty);
    }

    private SummaryRowData LaneRow(LaneInsight lane)
    {
        var glyph = lane.AverageEmotion is { } average ? SummaryGlyphs.Emotion(average) + " " : string.Empty;
        var target = _limits.CommandsByName ? lane.Lane.Name : lane.Position.ToString(CultureInfo.InvariantCulture);
        return new SummaryRowData(glyph + Name(lane.Lane.Name), Counts(lane.Counts), _limits.RowCommands ? $"{Command} {LaneWord} {target}" : string.Empty);
    }

    private string Counts(KindCounts counts) => counts.Total == 0 ? T(TextKeys.SummaryNoNotes) : SummaryGlyphs.Counts(counts, _culture);

    private string Legend()
    {
        var present = SummaryGlyphs.DisplayOrder.Where(k => _insights.Counts[k] > 0).ToList();
        return present.Count == 0
            ? string.Empty
            : T(TextKeys.SummaryLegend, string.Join(Separator, present.Select(k => SummaryGlyphs.Kind(k) + " " + NoteKinds.ShortName(_culture, k))));
    }

    private List<FactData> Peaks()
    {
        if (_insights is not { MostNegative: { } lowest, MostPositive: { } highest, End: { } end })
        {
            return [];
        }

        var endText = Moment(end) + (end.Position == _map.Stages.Count ? string.Empty : " " + T(TextKeys.SummaryEndEarlier));
        return
        [
            new(T(TextKeys.SummaryLowest), Moment(lowest)),
            new(T(TextKeys.SummaryHighest), Moment(highest)),
            new(T(TextKeys.SummaryEnd), endText),
        ];
    }

    private string Moment(EmotionMoment moment) =>
        SummaryGlyphs.Emotion(moment.Average) + " " + Name(moment.Stage.Name)
        + (moment.Average is { } average ? Separator + SummaryGlyphs.Score(average, _culture) : string.Empty);

    private SummaryListData WorksWell() =>
        Findings(T(TextKeys.SummaryWorksWell, Number(_insights.WorksWell.Count)), _insights.WorksWell, _limits.Items, Finding, T(TextKeys.SummaryNoWorksWell));

    private SummaryListData DoesNotWork() =>
        Findings(T(TextKeys.SummaryDoesNotWork, Number(_insights.DoesNotWork.Count)), _insights.DoesNotWork, _limits.Items, Finding, T(TextKeys.SummaryNoDoesNotWork));

    private SummaryListData Quotes() =>
        Findings(T(TextKeys.SummaryQuotes, Number(_insights.Quotes.Count)), _insights.Quotes, _limits.Quotes, Quote, T(TextKeys.SummaryNoQuotes));

    private SummaryListData Findings(string heading, IReadOnlyList<Note> notes, int shown, Func<Note, SummaryItemData> item, string empty)
    {
        var items = notes.Take(shown).Select(item).ToList();
        var more = notes.Count - items.Count;
        return new SummaryListData(heading, string.Empty, items, more > 0 ? T(TextKeys.SummaryMore, Number(more)) : string.Empty, notes.Count == 0 ? empty : string.Empty);
    }

    private SummaryItemData Finding(Note note) => new(Shown(note.Text, _limits.TextLength), Place(note) + Separator + Name(note.Author.Name));

    private SummaryItemData Quote(Note note) =>
        new("“" + Shown(note.Text, _limits.TextLength) + "”", "— " + Name(note.Speaker ?? note.Author.Name) + Separator + Place(note));

    /// <summary>Open action items, overdue first: a section only when there are any.</summary>
    private IEnumerable<SummaryListData> ActionItems()
    {
        if (_insights.Actions is not { PendingCount: > 0 } plan)
        {
            yield break;
        }

        var items = plan.MostUrgent.Take(_limits.Items)
            .Select(i => new SummaryItemData(
                Shown(i.Text, _limits.TextLength),
                T(TextKeys.SummaryActionDetail, Name(i.Owner.Name), ActionCommands.DueLabel(_culture, i, plan.Today))))
            .ToList();
        var more = plan.PendingCount - items.Count;
        yield return new SummaryListData(
            T(TextKeys.SummaryActionsHeading, Number(plan.PendingCount)),
            plan.OverdueCount > 0 ? T(TextKeys.SummaryActionsCounts, Number(plan.OverdueCount)) : string.Empty,
            items,
            more > 0 ? T(TextKeys.SummaryMore, Number(more)) : string.Empty,
            string.Empty);
    }

    private SummaryListData MapGaps()
    {
        var gaps = _insights.Gaps;
        var lines = new List<string>();
        if (_map.Stages.Count == 0)
        {
            // Nothing to find gaps in: say what to do rather than "no gaps found".
            lines.Add(T(TextKeys.SummaryNoStages));
        }
        else if (_map.Lanes.Count > 0)
        {
            if (gaps.Basis == SupportBasis.None)
            {
                lines.Add(T(TextKeys.SummaryGapOnlyCustomer));
            }
            else if (gaps.StagesWithoutSupport.Count > 0)
            {
                var key = gaps.Basis == SupportBasis.BlueprintLanes ? TextKeys.SummaryGapNoSupport : TextKeys.SummaryGapNoTeam;
                lines.Add(T(key, Names(gaps.StagesWithoutSupport.Select(s => s.Name))));
            }
        }

        AddNames(lines, TextKeys.SummaryGapEmptyLanes, gaps.LanesWithoutNotes.Select(l => l.Name));
        AddNames(lines, TextKeys.SummaryGapNoEvidence, gaps.StagesWithoutEvidence.Select(s => s.Name));
        AddNames(lines, TextKeys.SummaryGapNoOwner, gaps.LanesWithoutOwner.Select(l => l.Name));
        return Gaps(lines);
    }

    private SummaryListData StageGaps(StageInsight stage)
    {
        var gaps = _insights.Gaps;
        var lines = new List<string>();
        if (gaps.Basis != SupportBasis.None && gaps.StagesWithoutSupport.Any(s => s.Id == stage.Stage.Id))
        {
            lines.Add(T(gaps.Basis == SupportBasis.BlueprintLanes ? TextKeys.SummaryGapHereNoSupport : TextKeys.SummaryGapHereNoTeam));
        }

        if (stage.Counts[NoteKind.Evidence] == 0)
        {
            lines.Add(T(TextKeys.SummaryGapHereNoEvidence));
        }

        AddNames(lines, TextKeys.SummaryGapHereEmptyLanes, gaps.LanesWithoutNotes.Select(l => l.Name));
        return Gaps(lines);
    }

    private SummaryListData LaneGaps()
    {
        var lines = new List<string>();
        AddNames(lines, TextKeys.SummaryGapLaneEmptyStages, _insights.Stages.Where(s => s.Counts.Total == 0).Select(s => s.Stage.Name));
        return Gaps(lines);
    }

    private SummaryListData Gaps(List<string> lines) =>
        new(T(TextKeys.SummaryGapsHeading), string.Empty, lines.Select(l => new SummaryItemData(l, string.Empty)).ToList(), string.Empty, lines.Count == 0 ? T(TextKeys.SummaryNoGaps) : string.Empty);

    private void AddNames(List<string> lines, string key, IEnumerable<string> names)
    {
        var list = names.ToList();
        if (list.Count > 0)
        {
            lines.Add(T(key, Names(list)));
        }
    }

    private SummaryListData Changes()
    {
        var changes = _insights.Changes;
        var heading = _map.LastReviewedAt is { } reviewed
            ? T(TextKeys.SummaryChangesSinceReview, BotText.Date(_culture, reviewed, _map.Cadence.TimeZone))
            : T(TextKeys.SummaryChangesHeading, Number((int)Math.Round(_changeWindow.TotalDays)));
        var counts = changes.Total == 0 ? string.Empty : T(TextKeys.SummaryChangesCounts, Number(changes.Added), Number(changes.Edited), Number(changes.Deleted));
        var items = changes.Newest.Take(_limits.Changes).Select(Change).ToList();
        return new SummaryListData(heading, counts, items, string.Empty, changes.Total == 0 ? T(TextKeys.SummaryNoChanges) : string.Empty);
    }

    private SummaryItemData Change(NoteChange change)
    {
        var note = change.Note;
        var (key, by) = change.Kind switch
        {
            NoteChangeKind.Added => (TextKeys.SummaryChangeAdded, note.Author),
            NoteChangeKind.Deleted => (TextKeys.SummaryChangeDeleted, note.DeletedBy ?? note.Author),
            _ => (TextKeys.SummaryChangeEdited, note.History.Count > 0 ? note.History[^1].EditedBy : note.Author),
        };
        return new SummaryItemData(Shown(note.Text, _limits.TextLength), T(key) + Separator + Place(note) + Separator + Name(by.Name));
    }

    /// <summary>"Purchase / Backstage": where a note is (a stage or lane no longer on the map reads "?").</summary>
    private string Place(Note note) =>
        Name(_map.FindStage(note.StageId)?.Name ?? "?") + " / " + Name(_map.FindLane(note.LaneId)?.Name ?? "?");

    /// <summary>Names joined, at most <see cref="SummaryLimits.Names"/>, then "and N more".</summary>
    private string Names(IEnumerable<string> names)
    {
        var list = names.ToList();
        var joined = string.Join(T(TextKeys.SummaryListSeparator), list.Take(_limits.Names).Select(Name));
        return list.Count > _limits.Names ? T(TextKeys.SummaryNamesMore, joined, Number(list.Count - _limits.Names)) : joined;
    }

    private string Name(string name) => Shown(name, _limits.NameLength);

    /// <summary>People's text as a TextBlock shows it: on one line, cut to <paramref name="max"/>, Markdown and date functions inert.</summary>
    private static string Shown(string text, int max) => CardText.Literal(Cut(text, max));

    private string Number(int value) => value.ToString("N0", _culture);

    private string T(string key, params object?[] args) => BotText.Get(_culture, key, args);

    private static string Text(CultureInfo culture, string key) => BotText.Get(culture, key);

    /// <summary>The text on one line, cut to <paramref name="max"/> characters with an ellipsis when longer.</summary>
    internal static string Cut(string text, int max)
    {
        var line = text.Contains('\n', StringComparison.Ordinal) ? text.ReplaceLineEndings(" ") : text;
        return line.Length <= max ? line : MapText.Truncate(line, max - 1).TrimEnd() + "…";
    }
}
