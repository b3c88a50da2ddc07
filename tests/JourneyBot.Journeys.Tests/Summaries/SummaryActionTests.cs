using JourneyBot.Journeys.Tests.Support;
using JourneyBot.TestSupport.Transcripts;

namespace JourneyBot.Journeys.Tests.Summaries;

/// <summary>The summary's "Open action items" section. The test clock says 2026-11-20 (UTC).</summary>
public sealed class SummaryActionTests(JourneyBotTestHost host) : IClassFixture<JourneyBotTestHost>
{
    [Fact]
    public async Task The_summary_lists_open_action_items_overdue_first_with_owner_and_due_date()
    {
        var chat = host.Personal();
        await chat.CreateMapAsync("Plan");
        await chat.SendAsync("red flag Purchase: card declined");
        await chat.SendAsync("action publish a status page due 2026-12-15");
        await chat.SendAsync("action explain declined cards due 2026-11-10");
        await chat.SendAsync("action rename the plans");
        var done = await chat.SendAsync("action remove the old form");
        await chat.SendAsync($"action {done.Text().Split('`')[1]} done");

        var texts = Assert.Single((await chat.SendAsync("summary")).Cards()).TextBlocks().ToList();

        var section = texts.IndexOf("Open action items (3)");
        Assert.True(section > texts.IndexOf("What doesn't work (1)"), string.Join("\n", texts));
        Assert.Equal(
            ["1 overdue", "explain declined cards", "Alice Chen · due 2026-11-10 ⚠️ overdue", "publish a status page", "Alice Chen · due 2026-12-15", "rename the plans", "Alice Chen · due no date"],
            texts.Skip(section + 1).Take(7));
        Assert.DoesNotContain("remove the old form", texts);
    }

    [Fact]
    public async Task Without_open_action_items_there_is_no_section_and_the_text_summary_has_it_too()
    {
        var chat = host.Personal(channelId: "sms");
        await chat.CreateMapAsync("Text plan");

        Assert.DoesNotContain("Open action items", (await chat.SendAsync("summary")).Text(), StringComparison.Ordinal);

        await chat.SendAsync("action explain declined cards due 2026-11-10");
        (await chat.SendAsync("summary")).ShouldSay("**Open action items (1)**\n1 overdue\n- explain declined cards (Alice Chen · due 2026-11-10 ⚠️ overdue)");
    }

    [Fact]
    public async Task A_stage_summary_has_no_action_section()
    {
        var chat = host.Personal();
        await chat.CreateMapAsync("Stage plan");
        await chat.SendAsync("action explain declined cards due 2026-11-10");

        (await chat.SendAsync("summary Purchase")).ShouldNotSay("Open action items");
    }
}
