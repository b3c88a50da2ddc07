using JourneyBot.Domain.Actions;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;
using JourneyBot.Domain.Reminders;

namespace JourneyBot.Domain.Tests.Actions;

public sealed class ActionItemTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 23, 30, 0, TimeSpan.Zero);
    private static readonly Person Alice = new("29:alice", "Alice");
    private static readonly Person Bob = new("29:bob", "Bob");
    private static readonly Person Carol = new("29:carol", "Carol");
    private static readonly JourneyMap Map =
        MapLayouts.Create("m1", new MapScope("t", "c"), "Map", "p", "g", MapTemplate.ServiceBlueprint, Alice, Now, key => key);

    private static ActionItem Item(DateOnly? due = null, ActionStatus status = ActionStatus.Open, string id = "a2bc", DateTimeOffset? createdAt = null) => new()
    {
        MapId = "m1", Id = id, Text = "Explain declined cards", Owner = Bob, Due = due, Status = status, CreatedBy = Carol, CreatedAt = createdAt ?? Now,
    };

    private static Note Note(bool deleted = false) => new()
    {
        MapId = "m1", Id = "ab12", Kind = NoteKind.RedFlag, StageId = "s3", LaneId = "l2", Text = "Card declined", Author = Bob, CreatedAt = Now,
        DeletedAt = deleted ? Now : null,
    };

    [Fact]
    public void Status_changes_are_kept_in_order_with_who_and_when_and_repeating_a_status_changes_nothing()
    {
        var item = Item().WithStatus(ActionStatus.Doing, Bob, Now.AddHours(1)).WithStatus(ActionStatus.Done, Carol, Now.AddHours(2));

        Assert.Equal(ActionStatus.Done, item.Status);
        Assert.Equal(
            [(ActionStatus.Open, ActionStatus.Doing, Bob), (ActionStatus.Doing, ActionStatus.Done, Carol)],
            item.History.Select(h => (h.From, h.To, h.By)));
        Assert.Equal(Now.AddHours(2), item.UpdatedAt);
        Assert.Same(item, item.WithStatus(ActionStatus.Done, Bob, Now.AddHours(3)));
    }

    [Fact]
    public void Overdue_means_pending_with_a_due_date_before_the_maps_today()
    {
        // 01:00 on the 21st in Shanghai is still the 20th in UTC: "today" is the map's local date.
        var instant = new DateTimeOffset(2026, 11, 21, 1, 0, 0, TimeSpan.FromHours(8));
        var utcMap = MapLayouts.Create("m", new MapScope("t", "c"), "Map", "P", "G", MapTemplate.Blank, Alice, Now, key => key);
        var shanghaiMap = utcMap with { Cadence = ReviewCadence.DefaultIn("Asia/Shanghai") };
        Assert.Equal(new DateOnly(2026, 11, 21), shanghaiMap.LocalDate(instant));
        var today = utcMap.LocalDate(instant);

        Assert.Equal(new DateOnly(2026, 11, 20), today);
        Assert.True(Item(new DateOnly(2026, 11, 19)).IsOverdue(today));
        Assert.False(Item(new DateOnly(2026, 11, 20)).IsOverdue(today));
        Assert.False(Item().IsOverdue(today));
        Assert.False(Item(new DateOnly(2026, 11, 1), ActionStatus.Done).IsOverdue(today));
        Assert.True(Item(new DateOnly(2026, 11, 1), ActionStatus.Doing).IsOverdue(today));
    }

    [Fact]
    public void The_owner_the_creator_and_facilitators_may_change_an_item_others_may_not()
    {
        var item = Item();

        Assert.True(item.MayBeChangedBy(Bob.Id, Map));
        Assert.True(item.MayBeChangedBy(Carol.Id, Map));
        Assert.True(item.MayBeChangedBy(Alice.Id, Map));
        Assert.False(item.MayBeChangedBy("29:dave", Map));
    }

    [Fact]
    public void Text_is_cleaned_and_limited_like_a_note()
    {
        Assert.Equal("Call back", ActionItemRules.CleanText("  Call\u0007 back \n"));
        Assert.Equal(ActionItemRule.EmptyText, Assert.Throws<ActionItemRuleException>(() => ActionItemRules.CleanText(" \t ")).Rule);
        Assert.Equal(ActionItemRule.TextTooLong, Assert.Throws<ActionItemRuleException>(() => ActionItemRules.CleanText(new string('x', ActionItem.MaxTextLength + 1))).Rule);
    }

    [Fact]
    public void An_item_from_a_note_needs_that_note_on_the_map_and_not_deleted()
    {
        var fromNote = Item() with { FromNoteId = "ab12" };

        ActionItemRules.Validate(fromNote, Map, Note());
        ActionItemRules.Validate(Item(), Map, null);
        Assert.Equal(ActionItemRule.UnknownNote, Assert.Throws<ActionItemRuleException>(() => ActionItemRules.Validate(fromNote, Map, null)).Rule);
        Assert.Equal(ActionItemRule.UnknownNote, Assert.Throws<ActionItemRuleException>(() => ActionItemRules.Validate(fromNote, Map, Note(deleted: true))).Rule);
        Assert.Equal(ActionItemRule.UnknownNote, Assert.Throws<ActionItemRuleException>(() => ActionItemRules.Validate(fromNote, Map, Note() with { MapId = "m2" })).Rule);
    }

    [Fact]
    public void The_plan_counts_pending_items_and_lists_overdue_first_then_by_due_date_then_undated()
    {
        var today = new DateOnly(2026, 11, 20);
        ActionItem[] items =
        [
            Item(null, id: "a001", createdAt: Now),
            Item(new DateOnly(2026, 12, 1), id: "a002"),
            Item(new DateOnly(2026, 11, 10), id: "a003"),
            Item(new DateOnly(2026, 11, 1), ActionStatus.Done, id: "a004"),
            Item(new DateOnly(2026, 11, 18), ActionStatus.Doing, id: "a005"),
            Item(new DateOnly(2026, 11, 25), id: "a006"),
        ];

        var plan = ActionPlan.Of(items, today, top: 4);

        Assert.Equal((5, 2), (plan.PendingCount, plan.OverdueCount));
        Assert.Equal(["a003", "a005", "a006", "a002"], plan.MostUrgent.Select(i => i.Id));
    }
}
