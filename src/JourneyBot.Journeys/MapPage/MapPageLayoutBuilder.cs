using System.Globalization;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;
using JourneyBot.Journeys.Contributions;
using JourneyBot.Journeys.Localization;

namespace JourneyBot.Journeys.MapPage;

/// <summary>
/// Lays a map out as swimlanes. Lanes keep the map's order (the bot puts new lanes next to the customer
/// lane, above or below, so the customer lane sits among them as the facilitator arranged it). A stage's
/// column widens by one card per eight notes in its fullest cell (up to four cards side by side); cells then
/// grow downwards to fit every card, and a lane is as tall as its fullest cell. Cards in a cell fill the
/// shortest sub-column next; hand-offs always take the last one, so their arrow leaves the card straight
/// into the stage's gutter and runs down or up it to the target lane without crossing any card.
/// </summary>
internal static class MapPageLayoutBuilder
{
    public const double LabelWidth = 190;
    public const double LabelPadding = 12;
    public const double LaneNameFontSize = 13.5;
    public const double LaneNameLineHeight = 17;
    public const double LaneDetailFontSize = 11;
    public const double LaneDetailLineHeight = 14;

    public const double EmotionTitleHeight = 26;
    public const double EmotionBandHeight = 92;
    public const double EmotionBottomPadding = 14;

    public const double StageHeaderFontSize = 13.5;
    public const double StageHeaderLineHeight = 17;
    public const double StageHeaderPadding = 9;
    public const double StageHeaderInset = 3;

    public const double CardWidth = 188;
    public const double CardGap = 8;
    public const double CellPadding = 10;
    public const double CardStripe = 4;
    public const double CardPaddingX = 8;
    public const double CardPaddingY = 7;
    public const double KindFontSize = 10.5;
    public const double KindLineHeight = 14;
    public const double IdFontSize = 10;
    public const double FlagWidth = 14;
    public const double TextFontSize = 12.5;
    public const double TextLineHeight = 16;
    public const double TextGap = 3;

    public const double GutterPadding = 8;
    public const double TrackGap = 7;
    public const double ArrowSpacing = 9;
    public const double BoardMargin = 16;
    public const double MinLaneHeight = 76;

    /// <summary>In a lane taller than this, its label is repeated this far apart, so it stays in sight while scrolling.</summary>
    public const double LabelRepeat = 480;

    /// <summary>Bold text is drawn a little wider than the estimate for regular text.</summary>
    public const double BoldFactor = 1.1;

    private const int MaxTextLines = 6;
    private const double MaxIdWidth = 60;
    private const int MaxLaneNameLines = 4;
    private const int MaxStageNameLines = 3;
    private const int CardsPerSubColumn = 8;
    private const int MaxSubColumns = 4;
    private const int MaxTracks = 12;
    private const string Separator = " · ";

    /// <summary>The width left for text inside a card.</summary>
    public const double CardTextWidth = CardWidth - CardStripe - (2 * CardPaddingX);

    public static MapPageLayout Build(JourneyMap map, IReadOnlyList<Note> notes, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentNullException.ThrowIfNull(culture);

        var stageIds = map.Stages.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var laneIds = map.Lanes.Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        var shown = notes
            .Where(n => !n.IsDeleted && !n.Archived && stageIds.Contains(n.StageId) && laneIds.Contains(n.LaneId))
            .ToList();

        // Notes are referred to by their index in `shown`: two notes may be equal records.
        var cells = Enumerable.Range(0, shown.Count)
            .GroupBy(i => (shown[i].StageId, shown[i].LaneId))
            .ToDictionary(g => g.Key, g => g.ToList());

        var lanesById = map.Lanes.ToDictionary(l => l.Id, StringComparer.Ordinal);
        var contents = shown.Select(n => CardContent.Of(n, lanesById, culture)).ToList();

        // Columns: widths from the fullest cell, gutters from the number of hand-offs.
        var columns = new List<(Stage Stage, int SubColumns, int Tracks, double X, double CellsWidth, double GutterWidth)>();
        var x = LabelWidth;
        foreach (var stage in map.Stages)
        {
            var fullest = map.Lanes.Select(l => cells.GetValueOrDefault((stage.Id, l.Id))?.Count ?? 0).DefaultIfEmpty(0).Max();
            var subColumns = Math.Clamp((int)Math.Ceiling(fullest / (double)CardsPerSubColumn), 1, MaxSubColumns);
            var handoffs = shown.Count(n => n.StageId == stage.Id && IsDrawnHandoff(n, laneIds));
            var tracks = Math.Clamp(handoffs, 1, MaxTracks);
            var cellsWidth = (2 * CellPadding) + (subColumns * CardWidth) + ((subColumns - 1) * CardGap);
            var gutterWidth = (2 * GutterPadding) + (tracks * TrackGap);
            columns.Add((stage, subColumns, tracks, x, cellsWidth, gutterWidth));
            x += cellsWidth + gutterWidth;
        }

        var width = x + BoardMargin;

        // Stage headers: as tall as the longest wrapped name.
        var stageLines = columns
            .Select((c, i) => TextWrap.Wrap(
                $"{(i + 1).ToString(culture)}. {c.Stage.Name}",
                (c.CellsWidth + c.GutterWidth - (2 * StageHeaderInset) - (2 * StageHeaderPadding)) / BoldFactor,
                StageHeaderFontSize,
                MaxStageNameLines))
            .ToList();
        var headerLines = Math.Max(1, stageLines.Select(l => l.Count).DefaultIfEmpty(1).Max());
        var emotionBand = new Box(LabelWidth, EmotionTitleHeight, Math.Max(0, x - LabelWidth), EmotionBandHeight);
        var headerTop = EmotionTitleHeight + EmotionBandHeight + EmotionBottomPadding;
        var headerHeight = (2 * StageHeaderPadding) + (headerLines * StageHeaderLineHeight);
        var boardTop = headerTop + headerHeight + StageHeaderInset;

        // Cards inside each cell, relative to the cell's top-left corner; lane heights from the fullest cell.
        var placed = new Box[shown.Count];
        var laneRows = new List<LaneRow>();
        var y = boardTop;
        foreach (var lane in map.Lanes)
        {
            var nameLines = TextWrap.Wrap(lane.Name, (LabelWidth - (2 * LabelPadding)) / BoldFactor, LaneNameFontSize, MaxLaneNameLines);
            var detailLines = LaneDetails(lane, culture)
                .Select(d => TextWrap.Fit(d, LabelWidth - (2 * LabelPadding), LaneDetailFontSize))
                .ToList();
            var labelHeight = (2 * LabelPadding) + (nameLines.Count * LaneNameLineHeight) + (detailLines.Count * LaneDetailLineHeight);
            var contentHeight = 0.0;
            var inLane = new List<(int Note, double X, double Y, double Height)>();
            foreach (var column in columns)
            {
                if (!cells.TryGetValue((column.Stage.Id, lane.Id), out var cellNotes))
                {
                    continue;
                }

                var stackHeights = new double[column.SubColumns];
                foreach (var note in cellNotes)
                {
                    var height = contents[note].Height;
                    var stack = IsDrawnHandoff(shown[note], laneIds) ? column.SubColumns - 1 : ShortestStack(stackHeights);
                    var cardX = column.X + CellPadding + (stack * (CardWidth + CardGap));
                    inLane.Add((note, cardX, stackHeights[stack], height));
                    stackHeights[stack] += height + CardGap;
                }

                contentHeight = Math.Max(contentHeight, stackHeights.Max() - CardGap);
            }

            var laneHeight = Math.Max(MinLaneHeight, Math.Max(labelHeight, contentHeight + (2 * CellPadding)));
            foreach (var (note, cardX, offset, height) in inLane)
            {
                placed[note] = new Box(cardX, y + CellPadding + offset, CardWidth, height);
            }

            var labelTops = new List<double>();
            for (var top = y; top + labelHeight <= y + laneHeight || labelTops.Count == 0; top += LabelRepeat)
            {
                labelTops.Add(top);
            }

            laneRows.Add(new LaneRow(lane.Id, lane.Name, nameLines, detailLines, lane.Kind == LaneKind.Customer, new Box(0, y, width, laneHeight), labelTops));
            y += laneHeight;
        }

        var boardHeight = y + BoardMargin;

        var stages = columns
            .Select((c, i) => new StageColumn(
                c.Stage.Id,
                i + 1,
                c.Stage.Name,
                stageLines[i],
                new Box(c.X + StageHeaderInset, headerTop, c.CellsWidth + c.GutterWidth - (2 * StageHeaderInset), headerHeight),
                new Box(c.X, boardTop, c.CellsWidth, y - boardTop),
                new Box(c.X + c.CellsWidth, boardTop, c.GutterWidth, y - boardTop),
                c.SubColumns))
            .ToList();

        // In note order, so a map's cards read in the order people added them.
        var cards = shown
            .Select((n, i) =>
            {
                var content = contents[i];
                return new NoteCard(n.Id, content.IdLabel, n.Kind, n.StageId, n.LaneId, placed[i], content.KindLine, content.TextLines, content.SpeakerLine, content.Tooltip);
            })
            .ToList();

        var layout = new MapPageLayout(width, boardHeight, LabelWidth, boardTop, emotionBand, stages, laneRows, cards, [], []);
        return layout with
        {
            Arrows = Arrows(layout, shown, placed, laneIds),
            Emotion = Emotion(layout, shown),
        };
    }

    private static bool IsDrawnHandoff(Note note, HashSet<string> laneIds) =>
        note.Kind == NoteKind.Handoff && note.ToLaneId is { } to && to != note.LaneId && laneIds.Contains(to);

    private static int ShortestStack(double[] heights)
    {
        var shortest = 0;
        for (var i = 1; i < heights.Length; i++)
        {
            if (heights[i] < heights[shortest])
            {
                shortest = i;
            }
        }

        return shortest;
    }

    private static List<HandoffArrow> Arrows(MapPageLayout layout, List<Note> shown, Box[] placed, HashSet<string> laneIds)
    {
        var arrows = new List<HandoffArrow>();
        var perStage = new Dictionary<string, int>(StringComparer.Ordinal);
        var perTarget = new Dictionary<(string Stage, string Lane), int>();
        foreach (var (note, card) in shown.Zip(placed).Where(p => IsDrawnHandoff(p.First, laneIds)))
        {
            var column = layout.Stages.First(s => s.StageId == note.StageId);
            var target = layout.Lanes.First(l => l.LaneId == note.ToLaneId).Row;
            var track = perStage.GetValueOrDefault(note.StageId) % MaxTracks;
            perStage[note.StageId] = perStage.GetValueOrDefault(note.StageId) + 1;
            var slot = perTarget.GetValueOrDefault((note.StageId, note.ToLaneId!));
            perTarget[(note.StageId, note.ToLaneId!)] = slot + 1;

            var slots = Math.Max(1, (int)((target.Height - (2 * CellPadding) - 8) / ArrowSpacing));
            var trackX = column.Gutter.X + GutterPadding + (track * TrackGap) + (TrackGap / 2);
            var startY = card.Y + CardPaddingY + (KindLineHeight / 2);
            var endY = target.Y + CellPadding + 8 + (slot % slots * ArrowSpacing);
            arrows.Add(new HandoffArrow(note.Id, note.LaneId, note.ToLaneId!, note.StageId,
            [
                (card.Right, startY),
                (trackX, startY),
                (trackX, endY),
                (column.Cells.Right - 2, endY),
            ]));
        }

        return arrows;
    }

    private static List<EmotionPoint> Emotion(MapPageLayout layout, List<Note> shown) =>
        layout.Stages
            .Select(stage => (Stage: stage, Scores: shown
                .Where(n => n.StageId == stage.StageId && n.Kind == NoteKind.Emotion && n.Score is not null)
                .Select(n => Math.Clamp(n.Score!.Value, Note.MinScore, Note.MaxScore))
                .ToList()))
            .Where(s => s.Scores.Count > 0)
            .Select(s =>
            {
                var average = s.Scores.Average();
                return new EmotionPoint(s.Stage.StageId, average, s.Scores.Count, s.Stage.Cells.X + (s.Stage.Cells.Width / 2), layout.EmotionY(average));
            })
            .ToList();

    private static IEnumerable<string> LaneDetails(Lane lane, CultureInfo culture)
    {
        var kind = BotText.Get(culture, lane.Kind switch
        {
            LaneKind.Customer => TextKeys.LaneCustomer,
            LaneKind.PhysicalEvidence => TextKeys.LanePhysicalEvidence,
            LaneKind.Frontstage => TextKeys.LaneFrontstage,
            LaneKind.Backstage => TextKeys.LaneBackstage,
            LaneKind.Support => TextKeys.LaneSupport,
            _ => TextKeys.MapPageLaneStakeholder,
        });
        if (!NameComparer.Same(kind, lane.Name))
        {
            yield return kind;
        }

        if (lane.Owner is { } owner)
        {
            yield return BotText.Get(culture, TextKeys.MapPageLaneOwner, owner.Name);
        }
    }

    /// <summary>What a card shows and how tall that makes it.</summary>
    private sealed record CardContent(string IdLabel, string KindLine, IReadOnlyList<string> TextLines, string? SpeakerLine, string Tooltip, double Height)
    {
        public static CardContent Of(Note note, Dictionary<string, Lane> lanes, CultureInfo culture)
        {
            var details = new List<string> { NoteKinds.ShortName(culture, note.Kind) };
            switch (note.Kind)
            {
                case NoteKind.Touchpoint when !string.IsNullOrWhiteSpace(note.Channel):
                    details.Add(note.Channel);
                    break;
                case NoteKind.Emotion when note.Score is { } score:
                    details.Add(SignedScore(score, culture));
                    break;
                case NoteKind.Handoff when note.ToLaneId is { } to && lanes.TryGetValue(to, out var toLane):
                    details.Add(BotText.Get(culture, TextKeys.MapPageHandoffTo, toLane.Name));
                    break;
                case NoteKind.Evidence:
                    if (note.Source is { } source)
                    {
                        details.Add(NoteKinds.SourceName(culture, source));
                    }

                    if (note.Validated == true)
                    {
                        details.Add(BotText.Get(culture, TextKeys.NoteEvidenceValidated).Split('|')[0]);
                    }

                    break;
            }

            if (!string.IsNullOrWhiteSpace(note.Category))
            {
                details.Add(note.Category);
            }

            var flag = note.Kind is NoteKind.RedFlag or NoteKind.GreenFlag ? FlagWidth : 0;
            var idLabel = TextWrap.Fit(note.Id, MaxIdWidth, IdFontSize);
            var idWidth = TextWrap.Width(idLabel, IdFontSize) + 6;
            var kindLine = TextWrap.Fit(string.Join(Separator, details), (CardTextWidth - flag - idWidth) / BoldFactor, KindFontSize);
            var textLines = TextWrap.Wrap(note.Text, CardTextWidth, TextFontSize, MaxTextLines);
            var speaker = note.Kind == NoteKind.Quote && !string.IsNullOrWhiteSpace(note.Speaker)
                ? BotText.Get(culture, TextKeys.MapPageQuoteSpeaker, note.Speaker)
                : null;
            var speakerLine = speaker is null ? null : TextWrap.Fit(speaker, CardTextWidth, TextFontSize);
            var tooltip = string.Join(
                "\n",
                new[] { string.Join(Separator, details), note.Text, speaker, BotText.Get(culture, TextKeys.MapPageAddedBy, note.Author.Name) }
                    .Where(part => !string.IsNullOrWhiteSpace(part)));
            var lineCount = Math.Max(1, textLines.Count) + (speakerLine is null ? 0 : 1);
            var height = (2 * CardPaddingY) + KindLineHeight + TextGap + (lineCount * TextLineHeight);
            return new CardContent(idLabel, kindLine, textLines, speakerLine, tooltip, height);
        }
    }

    /// <summary>A score with its sign: "+2", "−1" (a real minus sign), "0".</summary>
    public static string SignedScore(double score, CultureInfo culture) =>
        score.ToString("+0.#;\u22120.#;0", culture);
}
