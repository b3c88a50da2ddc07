using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;

namespace JourneyBot.Domain.Tests.Notes;

public sealed class NoteTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly Person Alice = new("29:alice", "Alice");
    private static readonly Person Bob = new("29:bob", "Bob");
    private static readonly JourneyMap Map =
        MapLayouts.Create("m1", new MapScope("t", "c"), "Map", "p", "g", MapTemplate.ServiceBlueprint, Alice, Now, key => key);

    private static Note Note(NoteKind kind = NoteKind.RedFlag, string text = "Card declined") => new()
    {
        MapId = "m1", Id = "ab12", Kind = kind, StageId = "s3", LaneId = "l2", Text = text, Author = Bob, CreatedAt = Now,
    };

    [Fact]
    public void Edits_keep_every_earlier_text_with_who_replaced_it()
    {
        var edited = Note().Edit("Card declined twice", Bob, Now.AddMinutes(1)).Edit("Card declined twice, no reason", Alice, Now.AddMinutes(2));

        Assert.Equal("Card declined twice, no reason", edited.Text);
        Assert.Equal(["Card declined", "Card declined twice"], edited.History.Select(h => h.Text));
        Assert.Equal(Alice, edited.History[1].EditedBy);
    }

    [Fact]
    public void Delete_is_soft_and_restore_undoes_it()
    {
        var deleted = Note().Delete(Alice, Now);

        Assert.True(deleted.IsDeleted);
        Assert.Equal("Card declined", deleted.Text);
        Assert.False(deleted.Restore(Now).IsDeleted);
    }

    [Fact]
    public void Authors_and_facilitators_may_change_a_note_others_may_not()
    {
        Assert.True(Note().MayBeChangedBy(Bob.Id, Map));
        Assert.True(Note().MayBeChangedBy(Alice.Id, Map));
        Assert.False(Note().MayBeChangedBy("29:carol", Map));
    }

    [Theory]
    [InlineData("", NoteRule.EmptyText)]
    [InlineData("  \u0007 ", NoteRule.EmptyText)]
    public void Empty_text_is_refused(string text, NoteRule rule) =>
        Assert.Equal(rule, Assert.Throws<NoteRuleException>(() => NoteRules.CleanText(text)).Rule);

    [Fact]
    public void Text_is_limited_to_two_thousand_characters_and_keeps_line_breaks()
    {
        Assert.Equal(2000, NoteRules.CleanText(new string('x', 2000)).Length);
        Assert.Equal(NoteRule.TextTooLong, Assert.Throws<NoteRuleException>(() => NoteRules.CleanText(new string('x', 2001))).Rule);
        Assert.Equal("line one\nline two", NoteRules.CleanText(" line one\nline two\t"));
    }

    [Fact]
    public void Notes_must_fit_their_map_and_kind()
    {
        NoteRules.Validate(Note(), Map);
        Assert.Equal(NoteRule.UnknownStage, Assert.Throws<NoteRuleException>(() => NoteRules.Validate(Note() with { StageId = "s9" }, Map)).Rule);
        Assert.Equal(NoteRule.UnknownLane, Assert.Throws<NoteRuleException>(() => NoteRules.Validate(Note() with { LaneId = "l9" }, Map)).Rule);
        Assert.Equal(NoteRule.ScoreOutOfRange, Assert.Throws<NoteRuleException>(() => NoteRules.Validate(Note(NoteKind.Emotion) with { Score = 3 }, Map)).Rule);
        Assert.Equal(NoteRule.ScoreOutOfRange, Assert.Throws<NoteRuleException>(() => NoteRules.Validate(Note(NoteKind.Emotion), Map)).Rule);
        Assert.Equal(NoteRule.HandoffToSameLane, Assert.Throws<NoteRuleException>(() => NoteRules.Validate(Note(NoteKind.Handoff) with { ToLaneId = "l2" }, Map)).Rule);
        Assert.Equal(NoteRule.UnknownLane, Assert.Throws<NoteRuleException>(() => NoteRules.Validate(Note(NoteKind.Handoff), Map)).Rule);
        Assert.Equal(NoteRule.FieldTooLong, Assert.Throws<NoteRuleException>(() => NoteRules.Validate(Note(NoteKind.Quote) with { Speaker = new string('s', 101) }, Map)).Rule);
        NoteRules.Validate(Note(NoteKind.Emotion) with { Score = -2 }, Map);
        NoteRules.Validate(Note(NoteKind.Handoff) with { ToLaneId = "l4" }, Map);
    }
}
