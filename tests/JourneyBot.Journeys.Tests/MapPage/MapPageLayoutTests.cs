using System.Globalization;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;
using JourneyBot.Journeys.Localization;
using JourneyBot.Journeys.MapPage;
using JourneyBot.TestSupport.Maps;

namespace JourneyBot.Journeys.Tests.MapPage;

public sealed class MapPageLayoutTests
{
    private static readonly MapScope Scope = new("tenant-layout", "msteams:conversation:layout");
    private static readonly CultureInfo English = BotText.English;

    [Fact]
    public void The_sample_map_has_a_card_per_note_each_in_its_own_cell_and_none_overlapping()
    {
        var sample = SampleMaps.EquipmentRepair(Scope, "m50");

        var layout = MapPageLayoutBuilder.Build(sample.Map, sample.Notes, English);

        Assert.Equal(50, layout.Cards.Count);
        AssertCardsInTheirCells(layout);
        AssertNoOverlap(layout.Cards);
    }

    [Fact]
    public void A_thousand_notes_are_laid_out_without_overlap_in_wider_and_taller_cells()
    {
        var sample = SampleMaps.Generated(Scope, "m1000", 1000);

        var layout = MapPageLayoutBuilder.Build(sample.Map, sample.Notes, English);

        Assert.Equal(1000, layout.Cards.Count);
        AssertCardsInTheirCells(layout);
        AssertNoOverlap(layout.Cards);
        Assert.Contains(layout.Stages, s => s.SubColumns > 1);
        Assert.True(layout.Height > 2000, "a thousand notes make a board taller than a screen, to be scrolled");
    }

    [Fact]
    public void A_fifty_note_map_fits_the_width_of_a_laptop_screen()
    {
        var sample = SampleMaps.EquipmentRepair(Scope, "m50");

        var layout = MapPageLayoutBuilder.Build(sample.Map, sample.Notes, English);

        Assert.True(layout.Width <= 1380, $"the board is {layout.Width}px wide");
    }

    [Fact]
    public void Hand_off_arrows_leave_their_card_and_end_in_the_target_lane_without_crossing_a_card()
    {
        foreach (var sample in new[] { SampleMaps.EquipmentRepair(Scope, "m50"), SampleMaps.Generated(Scope, "m1000", 1000) })
        {
            var layout = MapPageLayoutBuilder.Build(sample.Map, sample.Notes, English);
            var handoffs = sample.Notes.Where(n => n.Kind == NoteKind.Handoff).ToList();

            Assert.Equal(handoffs.Count, layout.Arrows.Count);
            foreach (var arrow in layout.Arrows)
            {
                var note = handoffs.Single(n => n.Id == arrow.NoteId);
                var card = layout.Cards.Single(c => c.NoteId == arrow.NoteId).Bounds;
                var stage = layout.Stages.Single(s => s.StageId == note.StageId);
                var target = layout.Lanes.Single(l => l.LaneId == note.ToLaneId).Row;
                var (startX, startY) = arrow.Points[0];
                var (endX, endY) = arrow.Points[^1];

                Assert.Equal(card.Right, startX);
                Assert.InRange(startY, card.Y, card.Bottom);
                Assert.True(target.Contains(endX, endY), $"arrow {arrow.NoteId} ends outside its target lane");
                Assert.True(stage.Cells.Contains(endX, endY), $"arrow {arrow.NoteId} ends outside its stage");
                Assert.InRange(arrow.Points[1].X, stage.Gutter.X, stage.Gutter.Right);
                foreach (var segment in Segments(arrow))
                {
                    Assert.DoesNotContain(layout.Cards, c => c.Bounds.Overlaps(segment));
                }
            }
        }
    }

    [Fact]
    public void Lanes_keep_the_map_order_top_to_bottom_and_stages_left_to_right()
    {
        var sample = SampleMaps.EquipmentRepair(Scope, "m50");

        var layout = MapPageLayoutBuilder.Build(sample.Map, sample.Notes, English);

        Assert.Equal(sample.Map.Lanes.Select(l => l.Id), layout.Lanes.Select(l => l.LaneId));
        Assert.Equal(sample.Map.Stages.Select(s => s.Id), layout.Stages.Select(s => s.StageId));
        Assert.Equal("l2", Assert.Single(layout.Lanes, l => l.IsCustomer).LaneId);
        Assert.Equal(layout.BoardTop, layout.Lanes[0].Row.Y);
        for (var i = 1; i < layout.Lanes.Count; i++)
        {
            Assert.Equal(layout.Lanes[i - 1].Row.Bottom, layout.Lanes[i].Row.Y);
        }

        for (var i = 1; i < layout.Stages.Count; i++)
        {
            Assert.True(layout.Stages[i - 1].Header.Right <= layout.Stages[i].Header.X);
            Assert.Equal(layout.Stages[i - 1].Gutter.Right, layout.Stages[i].Cells.X);
        }

        Assert.True(layout.Stages[0].Header.Bottom <= layout.BoardTop);
        Assert.True(layout.EmotionBand.Bottom <= layout.Stages[0].Header.Y);
    }

    [Fact]
    public void A_cell_widens_by_a_card_per_eight_notes_and_its_lane_grows_to_fit_them()
    {
        var map = TwoLaneMap();
        var notes = Enumerable.Range(0, 20).Select(i => Note($"a{i}", "s1", "l1", $"Note {i}")).ToList();

        var layout = MapPageLayoutBuilder.Build(map, notes, English);

        var stage = layout.Stages[0];
        Assert.Equal(3, stage.SubColumns);
        Assert.Equal((2 * MapPageLayoutBuilder.CellPadding) + (3 * MapPageLayoutBuilder.CardWidth) + (2 * MapPageLayoutBuilder.CardGap), stage.Cells.Width);
        Assert.Equal(1, layout.Stages[1].SubColumns);
        var lane = layout.Lanes[0].Row;
        Assert.All(layout.Cards, c => Assert.True(lane.Contains(c.Bounds)));
        Assert.Equal(MapPageLayoutBuilder.MinLaneHeight, layout.Lanes[1].Row.Height);
    }

    [Fact]
    public void The_emotion_curve_has_the_average_score_of_each_stage_that_has_one()
    {
        var map = TwoLaneMap();
        Note Emotion(string id, string stage, int score) => Note(id, stage, "l1", "Feels", NoteKind.Emotion) with { Score = score };
        var notes = new[] { Emotion("e1", "s1", -2), Emotion("e2", "s1", -1), Emotion("e3", "s3", 2), Note("x", "s2", "l2", "Not an emotion") };

        var layout = MapPageLayoutBuilder.Build(map, notes, English);

        Assert.Equal(["s1", "s3"], layout.Emotion.Select(p => p.StageId));
        Assert.Equal(-1.5, layout.Emotion[0].Average);
        Assert.Equal(2, layout.Emotion[0].Count);
        Assert.Equal(layout.EmotionBand.Y, layout.Emotion[1].Y);
        Assert.Equal(layout.EmotionBand.Bottom, layout.EmotionY(-2));
        Assert.All(layout.Emotion, p => Assert.True(layout.Stages.Single(s => s.StageId == p.StageId).Cells.Contains(p.X, layout.BoardTop)));
    }

    [Fact]
    public void Deleted_archived_and_misplaced_notes_are_left_out()
    {
        var map = TwoLaneMap();
        var at = SampleMaps.Created;
        var notes = new[]
        {
            Note("ok", "s1", "l1", "Shown"),
            Note("del", "s1", "l1", "Deleted").Delete(new Person("29:x", "X"), at),
            Note("arch", "s1", "l1", "Archived") with { Archived = true },
            Note("gone-stage", "s9", "l1", "Stage removed"),
            Note("gone-lane", "s1", "l9", "Lane removed"),
            Note("bad-handoff", "s2", "l1", "To a removed lane", NoteKind.Handoff) with { ToLaneId = "l9" },
        };

        var layout = MapPageLayoutBuilder.Build(map, notes, English);

        Assert.Equal(["ok", "bad-handoff"], layout.Cards.Select(c => c.NoteId));
        Assert.Empty(layout.Arrows);
    }

    [Fact]
    public void A_long_note_is_cut_with_an_ellipsis_and_kept_whole_in_the_tooltip()
    {
        var text = string.Join(' ', Enumerable.Repeat("The technician waited at the gate for the site badge.", 20));
        var layout = MapPageLayoutBuilder.Build(TwoLaneMap(), [Note("long", "s1", "l1", text)], English);

        var card = Assert.Single(layout.Cards);
        Assert.Equal(6, card.TextLines.Count);
        Assert.EndsWith(TextWrap.Ellipsis, card.TextLines[^1], StringComparison.Ordinal);
        Assert.Contains(text, card.Tooltip, StringComparison.Ordinal);
        Assert.Contains("Added by Ana Souza", card.Tooltip, StringComparison.Ordinal);
        Assert.All(card.TextLines, line => Assert.True(TextWrap.Width(line, MapPageLayoutBuilder.TextFontSize) <= MapPageLayoutBuilder.CardTextWidth));
    }

    [Fact]
    public void Cards_name_their_kind_with_the_details_of_that_kind()
    {
        var map = TwoLaneMap();
        var notes = new[]
        {
            Note("q", "s1", "l1", "I gave up.", NoteKind.Quote) with { Speaker = "Customer #12" },
            Note("h", "s1", "l1", "Order passed on", NoteKind.Handoff) with { ToLaneId = "l2" },
            Note("e", "s2", "l1", "Angry", NoteKind.Emotion) with { Score = -2 },
            Note("t", "s2", "l1", "Pricing page", NoteKind.Touchpoint) with { Channel = "website" },
        };

        var english = MapPageLayoutBuilder.Build(map, notes, English).Cards.ToDictionary(c => c.NoteId);
        var chinese = MapPageLayoutBuilder.Build(map, notes, BotText.SimplifiedChinese).Cards.ToDictionary(c => c.NoteId);

        Assert.Equal("— Customer #12", english["q"].SpeakerLine);
        Assert.Equal("—— Customer #12", chinese["q"].SpeakerLine);
        Assert.Equal("Handoff · to Sales", english["h"].KindLine);
        Assert.Equal("Emotion · \u22122", english["e"].KindLine);
        Assert.Equal("Touchpoint · website", english["t"].KindLine);
        Assert.StartsWith("触点", chinese["t"].KindLine, StringComparison.Ordinal);
    }

    private static void AssertCardsInTheirCells(MapPageLayout layout)
    {
        var board = new Box(0, 0, layout.Width, layout.Height);
        foreach (var card in layout.Cards)
        {
            var stage = layout.Stages.Single(s => s.StageId == card.StageId);
            var lane = layout.Lanes.Single(l => l.LaneId == card.LaneId);
            Assert.True(stage.Cells.Contains(card.Bounds), $"card {card.NoteId} sticks out of its stage's cells");
            Assert.True(lane.Row.Contains(card.Bounds), $"card {card.NoteId} sticks out of its lane");
            Assert.True(board.Contains(card.Bounds));
            Assert.False(card.Bounds.Overlaps(stage.Gutter));
            Assert.Equal(MapPageLayoutBuilder.CardWidth, card.Bounds.Width);
            Assert.True(card.Bounds.Height > 0);
        }
    }

    private static void AssertNoOverlap(IReadOnlyList<NoteCard> cards)
    {
        for (var i = 0; i < cards.Count; i++)
        {
            for (var j = i + 1; j < cards.Count; j++)
            {
                Assert.False(cards[i].Bounds.Overlaps(cards[j].Bounds), $"cards {cards[i].NoteId} and {cards[j].NoteId} overlap");
            }
        }
    }

    private static IEnumerable<Box> Segments(HandoffArrow arrow) =>
        arrow.Points.Zip(arrow.Points.Skip(1), (a, b) =>
            new Box(Math.Min(a.X, b.X), Math.Min(a.Y, b.Y), Math.Abs(a.X - b.X), Math.Abs(a.Y - b.Y)));

    private static JourneyMap TwoLaneMap() => SampleMaps.EquipmentRepair(Scope, "m2") is var sample
        ? sample.Map with
        {
            Stages = [new Stage("s1", "Discover"), new Stage("s2", "Buy"), new Stage("s3", "Use")],
            Lanes = [new Lane("l1", "Customer", LaneKind.Customer), new Lane("l2", "Sales", LaneKind.Frontstage)],
        }
        : throw new InvalidOperationException();

    private static Note Note(string id, string stage, string lane, string text, NoteKind kind = NoteKind.Action) => new()
    {
        MapId = "m2",
        Id = id,
        Kind = kind,
        StageId = stage,
        LaneId = lane,
        Text = text,
        Author = new Person("29:ana", "Ana Souza"),
        CreatedAt = SampleMaps.Created,
    };
}
