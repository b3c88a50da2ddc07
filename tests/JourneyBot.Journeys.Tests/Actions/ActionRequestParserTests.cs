using JourneyBot.Domain.Actions;
using JourneyBot.Journeys.Actions;

namespace JourneyBot.Journeys.Tests.Actions;

public sealed class ActionRequestParserTests
{
    [Fact]
    public void Clauses_come_in_any_order_and_the_rest_is_the_text()
    {
        var request = ActionRequestParser.Parse("from ab12 call back <at>Ana</at>'s customers due 2026-12-01 owner <at>Priya Raman</at>");

        Assert.Equal(
            new ActionRequest(ActionRequestKind.Create, Text: "call back Ana's customers", OwnerMention: "<at>Priya Raman</at>", DueText: "2026-12-01", FromNoteId: "ab12"),
            request);
    }

    [Fact]
    public void The_due_clause_runs_to_the_next_clause_so_an_unreadable_date_is_reported_whole()
    {
        Assert.Equal("next friday", ActionRequestParser.Parse("fix it due next friday owner <at>Bo</at>").DueText);
        Assert.Equal("fix it", ActionRequestParser.Parse("fix it due next friday owner <at>Bo</at>").Text);
        Assert.Null(ActionRequestParser.Parse("reduce overdue invoices").DueText);
    }

    [Theory]
    [InlineData("a2bcd doing", ActionStatus.Doing)]
    [InlineData("`A2BCD` done", ActionStatus.Done)]
    [InlineData("a2bcd in progress", ActionStatus.Doing)]
    [InlineData("a2bcd 完成", ActionStatus.Done)]
    [InlineData("a2bcd reopen", ActionStatus.Open)]
    public void An_id_and_a_status_word_change_the_status(string typed, ActionStatus status) =>
        Assert.Equal(new ActionRequest(ActionRequestKind.SetStatus, "a2bcd", Status: status), ActionRequestParser.Parse(typed));

    [Fact]
    public void An_id_with_owner_or_due_changes_those_and_from_alone_makes_a_note_an_action()
    {
        Assert.Equal(new ActionRequest(ActionRequestKind.SetOwner, "a2bcd", OwnerMention: "<at>Priya</at>"), ActionRequestParser.Parse("a2bcd owner <at>Priya</at>"));
        Assert.Equal(new ActionRequest(ActionRequestKind.SetDue, "a2bcd", DueText: "friday"), ActionRequestParser.Parse("a2bcd due friday"));
        Assert.Equal(new ActionRequest(ActionRequestKind.FromNote, FromNoteId: "ab12"), ActionRequestParser.Parse("from `AB12`"));
        Assert.Equal(new ActionRequest(ActionRequestKind.FromNote, FromNoteId: "ab12"), ActionRequestParser.Parse("来自 ab12"));
        Assert.Equal(new ActionRequest(ActionRequestKind.Show, "a2bcd"), ActionRequestParser.Parse("`A2BCD`"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("<at>Priya</at>")]
    [InlineData("owner <at>Priya</at> due friday")]
    public void Nothing_to_do_asks_for_usage(string typed) =>
        Assert.Equal(ActionRequestKind.Usage, ActionRequestParser.Parse(typed).Kind);

    [Fact]
    public void Chinese_clauses_need_no_spaces()
    {
        var request = ActionRequestParser.Parse("给客户回电 负责人<at>王芳</at> 截止：明天");

        Assert.Equal(("给客户回电", "<at>王芳</at>", "明天"), (request.Text, request.OwnerMention, request.DueText));
    }
}
