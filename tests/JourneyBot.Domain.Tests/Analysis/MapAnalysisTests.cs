using JourneyBot.Domain.Analysis;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;
using static JourneyBot.Domain.Tests.Analysis.AnalysisNotes;

namespace JourneyBot.Domain.Tests.Analysis;

public sealed class MapAnalysisTests
{
    private static readonly DateTimeOffset TwoWeeksAgo = Now.AddDays(-14);

    [Fact]
    public void Each_stage_in_order_counts_its_notes_by_kind_and_averages_its_emotion_scores()
    {
        var notes = new[]
        {
            Note(NoteKind.RedFlag, "s3", "l4"),
            Note(NoteKind.RedFlag, "s3", "l2"),
            Note(NoteKind.GreenFlag, "s3", "l2"),
            Emotion("s3", -2),
            Emotion("s3", 1),
            Note(NoteKind.Quote, "s1", "l2"),
        };

        var insights = MapAnalysis.Analyse(Blueprint(), notes, TwoWeeksAgo);

        Assert.Equal(["awareness", "consideration", "purchase", "use", "feedback"], insights.Stages.Select(s => s.Stage.Name));
        var purchase = insights.Stages[2];
        Assert.Equal((3, 2, 1, 2, 5), (purchase.Position, purchase.Counts[NoteKind.RedFlag], purchase.Counts[NoteKind.GreenFlag], purchase.Counts[NoteKind.Emotion], purchase.Counts.Total));
        Assert.Equal([(NoteKind.Emotion, 2), (NoteKind.GreenFlag, 1), (NoteKind.RedFlag, 2)], purchase.Counts.NonZero);
        Assert.Equal((-0.5, 2), (purchase.AverageEmotion, purchase.EmotionCount));
        Assert.Null(insights.Stages[0].AverageEmotion);
        Assert.Equal(1, insights.Stages[0].Counts[NoteKind.Quote]);
        Assert.Equal(6, insights.NoteCount);
        Assert.Equal(2, insights.Counts[NoteKind.RedFlag]);
        Assert.Equal([null, null, -0.5, null, null], insights.EmotionCurve);
    }

    [Fact]
    public void Lanes_count_their_notes_and_a_hand_off_counts_in_both_lanes_it_joins()
    {
        var notes = new[]
        {
            Note(NoteKind.Action, "s3", "l3"),
            Note(NoteKind.Handoff, "s3", "l3", toLane: "l4"),
            Emotion("s2", 2),
        };

        var lanes = MapAnalysis.Analyse(Blueprint(), notes, TwoWeeksAgo).Lanes;

        Assert.Equal([0, 1, 2, 1, 0], lanes.Select(l => l.Counts.Total));
        Assert.Equal(1, lanes[3].Counts[NoteKind.Handoff]);
        Assert.Equal((2.0, 1), (lanes[1].AverageEmotion, lanes[1].EmotionCount));
        Assert.Null(lanes[2].AverageEmotion);
    }

    [Fact]
    public void Peak_and_end_name_the_lowest_and_highest_stage_and_the_last_stage_with_scores()
    {
        var notes = new[] { Emotion("s1", 1), Emotion("s2", -1), Emotion("s2", -2), Emotion("s3", 2), Emotion("s4", 0) };

        var insights = MapAnalysis.Analyse(Blueprint(), notes, TwoWeeksAgo);

        Assert.Equal(("consideration", 2, -1.5), (insights.MostNegative!.Stage.Name, insights.MostNegative.Position, insights.MostNegative.Average!.Value));
        Assert.Equal(("purchase", 2.0), (insights.MostPositive!.Stage.Name, insights.MostPositive.Average!.Value));
        Assert.Equal(("use", 4, 0.0), (insights.End!.Stage.Name, insights.End.Position, insights.End.Average!.Value));
    }

    [Fact]
    public void Equal_averages_pick_the_earliest_stage_and_without_scores_the_end_is_the_last_stage()
    {
        var tied = MapAnalysis.Analyse(Blueprint(), [Emotion("s2", 1), Emotion("s4", 1)], TwoWeeksAgo);
        Assert.Equal(("consideration", "consideration", "use"), (tied.MostNegative!.Stage.Name, tied.MostPositive!.Stage.Name, tied.End!.Stage.Name));

        var none = MapAnalysis.Analyse(Blueprint(), [Note(NoteKind.RedFlag, "s1", "l2")], TwoWeeksAgo);
        Assert.Null(none.MostNegative);
        Assert.Null(none.MostPositive);
        Assert.Equal(("feedback", 5), (none.End!.Stage.Name, none.End.Position));
        Assert.Null(none.End.Average);
    }

    [Fact]
    public void What_works_and_what_does_not_list_every_item_in_stage_order_newest_first_within_a_stage()
    {
        var notes = new[]
        {
            Note(NoteKind.RedFlag, "s4", "l2", "use broken", at: Now.AddDays(-1)),
            Note(NoteKind.PainPoint, "s3", "l2", "old pain", at: Now.AddDays(-9)),
            Note(NoteKind.RedFlag, "s3", "l4", "new red", at: Now.AddDays(-2)),
            Note(NoteKind.GreenFlag, "s5", "l2", "fast refunds"),
            Note(NoteKind.GreenFlag, "s1", "l2", "clear ads"),
            Note(NoteKind.Quote, "s2", "l2", "\"too many plans\""),
            Note(NoteKind.RedFlag, "s1", "l2", "deleted") with { DeletedAt = Now, DeletedBy = Bob },
        };

        var insights = MapAnalysis.Analyse(Blueprint(), notes, TwoWeeksAgo);

        Assert.Equal(["new red", "old pain", "use broken"], insights.DoesNotWork.Select(n => n.Text));
        Assert.Equal(["clear ads", "fast refunds"], insights.WorksWell.Select(n => n.Text));
        Assert.Equal(["\"too many plans\""], insights.Quotes.Select(n => n.Text));
    }

    [Fact]
    public void A_blueprint_reports_stages_without_backstage_or_support_notes_lanes_without_notes_or_owner_and_stages_without_evidence()
    {
        var map = Blueprint().SetLaneOwner("l4", Bob, Now);
        var notes = new[]
        {
            Note(NoteKind.Action, "s1", "l4"),
            Note(NoteKind.Action, "s2", "l5"),
            Note(NoteKind.Handoff, "s3", "l3", toLane: "l4"),
            Note(NoteKind.Action, "s4", "l3"),
            Note(NoteKind.Evidence, "s4", "l2"),
        };

        var gaps = MapAnalysis.Analyse(map, notes, TwoWeeksAgo).Gaps;

        Assert.Equal(SupportBasis.BlueprintLanes, gaps.Basis);
        Assert.Equal(["use", "feedback"], gaps.StagesWithoutSupport.Select(s => s.Name));
        Assert.Equal(["physicalEvidence"], gaps.LanesWithoutNotes.Select(l => l.Name));
        Assert.Equal(["awareness", "consideration", "purchase", "feedback"], gaps.StagesWithoutEvidence.Select(s => s.Name));
        Assert.Equal(["physicalEvidence", "frontstage", "supportProcesses"], gaps.LanesWithoutOwner.Select(l => l.Name));
    }

    [Fact]
    public void A_journey_map_with_team_lanes_counts_any_team_lane_as_support()
    {
        var map = Journey().AddLane("Sales", LaneKind.Stakeholder, 2, Now, Carol);
        var notes = new[] { Note(NoteKind.Action, "s3", "l2"), Note(NoteKind.Action, "s1", "l1") };

        var gaps = MapAnalysis.Analyse(map, notes, TwoWeeksAgo).Gaps;

        Assert.Equal(SupportBasis.TeamLanes, gaps.Basis);
        Assert.Equal(["awareness", "consideration", "use", "feedback"], gaps.StagesWithoutSupport.Select(s => s.Name));
        Assert.Empty(gaps.LanesWithoutOwner);
    }

    [Fact]
    public void A_map_with_only_the_customer_lane_cannot_judge_support_and_reports_no_stage_for_it()
    {
        var gaps = MapAnalysis.Analyse(Journey(), [Note(NoteKind.Action, "s1", "l1")], TwoWeeksAgo).Gaps;

        Assert.Equal(SupportBasis.None, gaps.Basis);
        Assert.Empty(gaps.StagesWithoutSupport);
        Assert.Empty(gaps.LanesWithoutNotes);
        Assert.Empty(gaps.LanesWithoutOwner);
    }

    [Fact]
    public void Changes_since_count_each_note_once_by_its_latest_change_and_keep_the_newest_five()
    {
        var old = Now.AddDays(-30);
        var notes = new List<Note>
        {
            Note(NoteKind.Action, "s1", "l2", "untouched", at: old),
            Note(NoteKind.Action, "s1", "l2", "edited", at: old).Edit("edited again", Bob, Now.AddDays(-3)),
            Note(NoteKind.Action, "s1", "l2", "deleted", at: old).Delete(Bob, Now.AddDays(-1)),
            Note(NoteKind.Action, "s1", "l2", "deleted long ago", at: old).Delete(Bob, Now.AddDays(-20)),
            Note(NoteKind.Action, "s1", "l2", "added and deleted", at: Now.AddDays(-5)).Delete(Bob, Now.AddDays(-4)),
        };
        for (var i = 1; i <= 6; i++)
        {
            notes.Add(Note(NoteKind.RedFlag, "s2", "l2", $"added {i}", at: Now.AddDays(-14 + i)));
        }

        var changes = MapAnalysis.Analyse(Blueprint(), notes, TwoWeeksAgo).Changes;

        Assert.Equal((6, 1, 1, 8), (changes.Added, changes.Edited, changes.Deleted, changes.Total));
        Assert.Equal(TwoWeeksAgo, changes.Since);
        Assert.Equal(["deleted", "edited again", "added 6", "added 5", "added 4"], changes.Newest.Select(c => c.Note.Text));
        Assert.Equal([NoteChangeKind.Deleted, NoteChangeKind.Edited, NoteChangeKind.Added, NoteChangeKind.Added, NoteChangeKind.Added], changes.Newest.Select(c => c.Kind));
        Assert.Equal(Now.AddDays(-3), changes.Newest[1].At);
    }

    [Fact]
    public void The_period_starts_at_since_inclusive()
    {
        var notes = new[] { Note(NoteKind.Action, "s1", "l2", at: TwoWeeksAgo), Note(NoteKind.Action, "s1", "l2", at: TwoWeeksAgo.AddTicks(-1)) };

        Assert.Equal(1, MapAnalysis.Analyse(Blueprint(), notes, TwoWeeksAgo).Changes.Added);
    }

    [Fact]
    public void Contributors_are_the_distinct_authors_of_the_notes_that_count()
    {
        var notes = new[]
        {
            Note(NoteKind.Action, "s1", "l2", by: Alice),
            Note(NoteKind.Action, "s2", "l2", by: Alice),
            Note(NoteKind.Action, "s2", "l2", by: Bob),
            Note(NoteKind.Action, "s2", "l2", by: Carol) with { DeletedAt = Now, DeletedBy = Carol },
            Note(NoteKind.Action, "gone", "l2", by: Carol),
        };

        var insights = MapAnalysis.Analyse(Blueprint(), notes, TwoWeeksAgo);

        Assert.Equal((2, 3), (insights.Contributors, insights.NoteCount));
    }

    [Fact]
    public void A_stage_focus_counts_only_that_stage_by_lane()
    {
        var notes = new[]
        {
            Note(NoteKind.RedFlag, "s3", "l4", "backstage red", at: Now.AddDays(-1)),
            Note(NoteKind.GreenFlag, "s3", "l2"),
            Emotion("s3", -1),
            Note(NoteKind.RedFlag, "s1", "l2", "elsewhere", at: Now.AddDays(-1)),
        };

        var insights = MapAnalysis.Analyse(Blueprint(), notes, TwoWeeksAgo, MapFocus.OnStage("s3"));

        Assert.Equal(3, insights.NoteCount);
        Assert.Equal([0, 2, 0, 1, 0], insights.Lanes.Select(l => l.Counts.Total));
        Assert.Equal(-1.0, insights.Lanes[1].AverageEmotion);
        Assert.Equal(["backstage red"], insights.DoesNotWork.Select(n => n.Text));
        Assert.Equal(["physicalEvidence", "frontstage", "supportProcesses"], insights.Gaps.LanesWithoutNotes.Select(l => l.Name));
        Assert.Equal(1, insights.Changes.Added);
    }

    [Fact]
    public void A_lane_focus_follows_the_lane_across_stages_including_hand_offs_into_it()
    {
        var notes = new[]
        {
            Note(NoteKind.Action, "s1", "l4"),
            Note(NoteKind.Handoff, "s3", "l3", toLane: "l4"),
            Note(NoteKind.Action, "s3", "l3"),
            Emotion("s2", 2),
        };

        var insights = MapAnalysis.Analyse(Blueprint(), notes, TwoWeeksAgo, MapFocus.OnLane("l4"));

        Assert.Equal([1, 0, 1, 0, 0], insights.Stages.Select(s => s.Counts.Total));
        Assert.Null(insights.MostNegative);
    }

    [Fact]
    public void A_map_without_stages_or_notes_has_an_empty_analysis()
    {
        var blank = MapLayouts.Create("m1", new MapScope("t", "c"), "Blank", "p", "g", MapTemplate.Blank, Alice, Now, key => key);

        var insights = MapAnalysis.Analyse(blank, [], TwoWeeksAgo);

        Assert.Empty(insights.Stages);
        Assert.Null(insights.End);
        Assert.Equal((0, 0, 0), (insights.NoteCount, insights.Contributors, insights.Changes.Total));
        Assert.Equal(SupportBasis.None, insights.Gaps.Basis);
    }
}
