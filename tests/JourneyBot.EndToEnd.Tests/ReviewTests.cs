using JourneyBot.EndToEnd.Tests.Harness;

namespace JourneyBot.EndToEnd.Tests;

// A facilitator starts a review from the summary card's button, confirms the notes stage by stage and
// closes it; the next summary names the review.
[Collection(PlaygroundCollection.Name)]
public sealed class ReviewTests(JourneyBotEndToEndFixture fixture)
{
    [Fact]
    public async Task The_summarys_start_review_button_walks_the_stages_and_closing_is_shown_on_the_next_summary()
    {
        var chat = fixture.OpenPersonalChat();
        await chat.SendAsync("new map");
        await chat.SendAsync("Checkout review");
        await chat.SendAsync("Returning shopper");
        await chat.SendAsync("Does the checkout still lose people?");
        await chat.SendAsync("customer journey");
        await chat.SendAsync("red flag Purchase: Card declined with no reason");

        var summary = await chat.SendAsync("summary");
        Assert.Contains("Not reviewed yet", summary.CardStrings);      // the "Last review" fact
        var started = await chat.ClickAsync(summary, data => (string?)data["command"] == "review");
        started.ExpectTextShowing("Review of **Checkout review** started.", "Stage 1 of 5");

        await chat.SendAsync("2");                                   // nothing to add at Awareness: go on
        var purchase = await chat.SendAsync("2");                    // nor at Consideration
        purchase.ExpectTextShowing("Stage 3 of 5 · Purchase", "Card declined with no reason", "Keep");
        await chat.SendAsync("keep");

        var closed = await chat.SendAsync("close review");
        closed.ExpectTextShowing("Review of **Checkout review** closed by Maya Lindqvist", "Kept: 1 (Maya Lindqvist)");

        var after = await chat.SendAsync("summary");
        Assert.DoesNotContain("Not reviewed yet", after.CardStrings);
        Assert.Contains(after.CardStrings, s => s.Contains("Maya Lindqvist", StringComparison.Ordinal) && s.Contains(DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }
}
