using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Reviews;

namespace JourneyBot.Domain.Tests.Reviews;

public sealed class ReviewTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly Person Alice = new("29:alice", "Alice");
    private static readonly Person Bob = new("29:bob", "Bob");

    private static Review Open() => Review.Start("m1", "r1", Alice, Now);

    [Fact]
    public void A_person_changing_their_mind_replaces_their_verdict_but_keeps_others()
    {
        var review = Open()
            .Confirm(new("n1", Alice, ReviewVerdict.Keep, Now))
            .Confirm(new("n1", Bob, ReviewVerdict.Keep, Now.AddMinutes(1)))
            .Confirm(new("n1", Alice, ReviewVerdict.Edit, Now.AddMinutes(2)));

        Assert.Equal([(Bob, ReviewVerdict.Keep), (Alice, ReviewVerdict.Edit)], review.On("n1").Select(c => (c.By, c.Verdict)));
        Assert.True(review.HasConfirmed("n1", Bob.Id));
        Assert.False(review.HasConfirmed("n2", Bob.Id));
    }

    [Fact]
    public void Tally_counts_each_note_once_by_its_latest_verdict_and_separates_flags_from_removals()
    {
        var review = Open()
            .Confirm(new("n1", Alice, ReviewVerdict.Keep, Now))
            .Confirm(new("n1", Bob, ReviewVerdict.Keep, Now.AddMinutes(1)))
            .Confirm(new("n2", Alice, ReviewVerdict.Edit, Now.AddMinutes(2)))
            .Confirm(new("n3", Alice, ReviewVerdict.Remove, Now.AddMinutes(3)))
            .Confirm(new("n4", Bob, ReviewVerdict.Remove, Now.AddMinutes(4)));

        var tally = review.Tally(deletedNoteIds: ["n3"]);

        Assert.Equal((1, 1, 1, 4), (tally.Kept, tally.Edited, tally.Removed, tally.Confirmed));
        Assert.Equal(["n4"], tally.Flagged);
        Assert.Equal([Alice, Bob], tally.People[ReviewVerdict.Keep]);
        Assert.Equal([Alice, Bob], tally.People[ReviewVerdict.Remove]);
    }

    [Fact]
    public void A_closed_review_takes_no_more_verdicts_and_cannot_be_closed_twice()
    {
        var closed = Open().Close(Bob, Now.AddHours(1));

        Assert.Equal((ReviewStatus.Closed, Bob, Now.AddHours(1)), (closed.Status, closed.ClosedBy!, closed.ClosedAt!.Value));
        Assert.Throws<InvalidOperationException>(() => closed.Confirm(new("n1", Alice, ReviewVerdict.Keep, Now)));
        Assert.Throws<InvalidOperationException>(() => closed.Close(Alice, Now));
    }
}
