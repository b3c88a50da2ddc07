using System.Globalization;
using System.Text.Json.Nodes;
using JourneyBot.BotKit.Schema;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Reviews;
using JourneyBot.Journeys.Conversations;
using JourneyBot.Journeys.Tests.Summaries;
using JourneyBot.Journeys.Tests.Support;
using JourneyBot.TestSupport.Transcripts;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Journeys.Tests.Reviews;

/// <summary>
/// The review flow as people see it. Maps use the plain journey template (stages Awareness, Consideration,
/// Purchase, Use, Feedback; one Customer lane); Alice creates them, so she is the facilitator.
/// </summary>
public sealed class ReviewTests(JourneyBotTestHost host) : IClassFixture<JourneyBotTestHost>
{
    private static readonly ChannelAccount Alice = TestConversation.Alice;
    private static readonly ChannelAccount Bob = TestConversation.Bob;

    private IReviewRepository Reviews => host.Services.GetRequiredService<IReviewRepository>();

    private ISnapshotRepository Snapshots => host.Services.GetRequiredService<ISnapshotRepository>();

    [Fact]
    public async Task Two_people_review_the_same_map_at_once_and_status_shows_who_confirmed_what()
    {
        var chat = Channel();
        await chat.CreateMapAsync("Checkout");
        var declined = await AddAsync(chat, "red flag Purchase: card declined", Alice);
        var fields = await AddAsync(chat, "pain Purchase: too many fields", Bob);

        (await chat.SendAsync("review", Alice))
            .ShouldSay("Review of **Checkout** started.")
            .ShouldSay("**Stage 1 of 5 · Awareness**: no notes yet.")
            .ShouldSay("No input yet at **Awareness** from: Customer. Add a note now?");
        (await chat.SendAsync("review", Bob)).ShouldSay($"Joining the review of **Checkout** that Alice Chen started on {Today} (0 notes confirmed so far).");
        await chat.SendAsync("go on", Alice);
        (await chat.SendAsync("2", Alice))
            .ShouldSay("**Stage 3 of 5 · Purchase**: 2 note(s)")
            .ShouldSay($"- `{declined}` Red flag · Customer: card declined (Alice Chen)")
            .ShouldSay("Still right? Keep, edit or remove it:\n\n1. Keep\n\n2. Edit\n\n3. Remove\n\n4. Keep all the rest of this stage");
        await chat.SendAsync("2", Bob);
        (await chat.SendAsync("2", Bob)).ShouldSay("Still right? Only its author or a facilitator can change it; you can flag it for removal:\n\n1. Keep\n\n2. Flag for removal");

        (await chat.SendAsync("keep", Alice)).ShouldSay($"`{fields}` Pain point · Customer: too many fields (Bob Müller)");
        (await chat.SendAsync("1", Bob)).ShouldSay($"`{fields}` Pain point · Customer: too many fields (Bob Müller)").ShouldSay("Keep, edit or remove it");
        await chat.SendAsync("keep", Alice);

        var status = await chat.SendAsync("review status", Bob);

        status.ShouldSay($"**Review of Checkout**, started by Alice Chen on {Today}: 2 of 2 notes confirmed, by 2 people.")
            .ShouldSay("**3. Purchase** (2 of 2 confirmed)")
            .ShouldSay($"`{declined}` Red flag · Customer: card declined (Alice Chen) — kept by Alice Chen, Bob Müller")
            .ShouldSay($"`{fields}` Pain point · Customer: too many fields (Bob Müller) — kept by Alice Chen")
            .ShouldSay("**1. Awareness** (0 of 0 confirmed)");
        Assert.Contains("too many fields", status[^1].Text, StringComparison.Ordinal);
        Assert.Contains("1. Keep", status[^1].Text, StringComparison.Ordinal);
        var scope = ConversationScopes.For(chat.NewActivity(ActivityTypes.Message));
        var map = Assert.Single(await host.Maps.ListAsync(scope, CancellationToken.None));
        var review = (await Reviews.GetOpenAsync(scope, map.Id, CancellationToken.None))!;
        Assert.Equal(3, review.Confirmations.Count);
        Assert.All(review.Confirmations, c => Assert.Equal(ReviewVerdict.Keep, c.Verdict));
    }

    [Fact]
    public async Task Edit_keeps_history_remove_soft_deletes_and_a_non_author_can_only_flag()
    {
        var chat = Channel();
        await chat.CreateMapAsync("Rules");
        var declined = await AddAsync(chat, "red flag Purchase: card declined", Alice);
        var fields = await AddAsync(chat, "pain Purchase: too many fields", Bob);
        var slow = await AddAsync(chat, "pain Purchase: slow page", Alice);

        await chat.SendAsync("review", Bob);
        await chat.SendAsync("2", Bob);
        await chat.SendAsync("2", Bob);
        (await chat.SendAsync("flag", Bob)).ShouldSay($"Flagged `{declined}` for removal: a facilitator decides when closing the review.");
        (await chat.SendAsync("edit", Bob)).ShouldSay($"The new text for `{fields}` (up to 2000 characters):");
        (await chat.SendAsync("six fields on one page", Bob)).ShouldSay($"Updated `{fields}`; its earlier text is kept in its history.").ShouldSay($"`{slow}`");
        (await chat.SendAsync("3", Bob)).ShouldSay("Kept 1 more notes of **Purchase**.");

        await chat.SendAsync("review", Alice);
        await chat.SendAsync("2", Alice);
        await chat.SendAsync("2", Alice);
        (await chat.SendAsync("remove", Alice)).ShouldSay($"Removed `{declined}` from the map.");

        var scope = ConversationScopes.For(chat.NewActivity(ActivityTypes.Message));
        var mapId = Assert.Single(await host.Maps.ListAsync(scope, CancellationToken.None)).Id;
        var removed = (await host.Notes.GetAsync(scope, mapId, declined, CancellationToken.None))!;
        Assert.True(removed.IsDeleted);
        var edited = (await host.Notes.GetAsync(scope, mapId, fields, CancellationToken.None))!;
        Assert.Equal(("six fields on one page", "too many fields"), (edited.Text, edited.History.Single().Text));
        (await chat.SendAsync("review status", Bob))
            .ShouldSay($"`{fields}` Pain point · Customer: six fields on one page (Bob Müller) — edited by Bob Müller")
            .ShouldSay($"Removed during the review: `{declined}` (removed by Alice Chen, Bob Müller)");
    }

    [Fact]
    public async Task Closing_is_for_facilitators_and_stores_a_snapshot_marks_the_map_reviewed_and_moves_the_reminder()
    {
        var chat = Channel();
        var mapId = await chat.CreateMapAsync("Closing");
        var declined = await AddAsync(chat, "red flag Purchase: card declined", Alice);
        var fields = await AddAsync(chat, "pain Purchase: too many fields", Bob);
        await AddAsync(chat, "green flag Use: quick setup", Bob);
        await chat.SendAsync("review", Bob);
        await chat.SendAsync("2", Bob);
        await chat.SendAsync("2", Bob);
        await chat.SendAsync("flag", Bob);
        await chat.SendAsync("keep", Bob);

        (await chat.SendAsync("close review", Bob)).ShouldSay("Sorry, only the map's facilitators (Alice Chen) can close a review.");
        var scope = ConversationScopes.For(chat.NewActivity(ActivityTypes.Message));
        Assert.NotNull(await Reviews.GetOpenAsync(scope, mapId, CancellationToken.None));
        Assert.DoesNotContain(host.Reminders.Calls, c => c.MapId == mapId);

        host.Time.Advance(TimeSpan.FromHours(2));
        var closing = await chat.SendAsync("close review", Alice);

        closing.ShouldSay("Review of **Closing** closed by Alice Chen. A snapshot is stored, and the next reminder counts from today.")
            .ShouldSay("- Kept: 1 (Bob Müller)")
            .ShouldSay("- Edited: 0")
            .ShouldSay("- Removed: 0")
            .ShouldSay("- Not confirmed by anyone: 1")
            .ShouldSay($"Flagged for removal and still on the map: `{declined}`.");
        var now = host.Time.GetUtcNow();
        var map = (await host.Maps.GetAsync(scope, mapId, CancellationToken.None))!;
        Assert.Equal((now, "Alice Chen"), (map.LastReviewedAt!.Value, map.LastReviewedBy!.Name));
        var snapshot = (await Snapshots.GetLatestAsync(scope, mapId, CancellationToken.None))!;
        Assert.Equal(now, snapshot.TakenAt);
        Assert.Equal(3, snapshot.Notes.Count);
        Assert.Contains(snapshot.Notes, n => n.Id == fields);
        Assert.Contains((mapId, now), host.Reminders.Calls.Select(c => (c.MapId, c.ClosedAt)));
        var next = await host.Services.GetRequiredService<IReminderStore>().GetAsync(scope, mapId, CancellationToken.None);
        Assert.InRange(next!.DueAt, now.AddDays(14), now.AddDays(21)); // the default cadence: every 2 weeks, counted from the review
        Assert.Null(await Reviews.GetOpenAsync(scope, mapId, CancellationToken.None));

        // Bob's walk notices the review is gone; closing again finds nothing open.
        (await chat.SendAsync("1", Bob)).ShouldSay("The review of **Closing** was closed in the meantime.");
        (await chat.SendAsync("close review", Alice)).ShouldSay("No review of **Closing** is open. Type **review** to start one.");
    }

    [Fact]
    public async Task Cancel_pauses_and_review_carries_on_at_the_first_stage_with_notes_left_to_confirm()
    {
        var chat = host.Personal();
        await chat.CreateMapAsync("Resume");
        var declined = await AddAsync(chat, "red flag Purchase: card declined", Alice);
        var fields = await AddAsync(chat, "pain Purchase: too many fields", Alice);
        await AddAsync(chat, "green flag Use: quick setup", Alice);
        await chat.SendAsync("review");
        await chat.SendAsync("2");
        await chat.SendAsync("2");
        (await chat.SendAsync("keep")).ShouldSay($"`{fields}`");

        (await chat.SendAsync("cancel")).ShouldSay("Paused. Your verdicts so far are stored and the review stays open: type **review** to carry on where you left off.");
        (await chat.SendAsync("red flag Use: setup email lost")).ShouldSay("Added Red flag");
        var resumed = await chat.SendAsync("review");

        resumed.ShouldSay("Back to your review of **Resume** (1 notes confirmed so far).")
            .ShouldSay("Picking up where you left off: stage 3, **Purchase**.")
            .ShouldSay($"- `{declined}` Red flag · Customer: card declined (Alice Chen) — kept by Alice Chen")
            .ShouldSay($"`{fields}` Pain point · Customer: too many fields (Alice Chen)\n\nStill right?");
        (await chat.SendAsync("4")).ShouldSay("Kept 1 more notes of **Purchase**.").ShouldSay("**Stage 4 of 5 · Use**: 2 note(s)");
        await chat.SendAsync("4");
        (await chat.SendAsync("2")).ShouldSay("That was the last stage of **Resume**. Thank you!");
        (await chat.SendAsync("review")).ShouldSay("You have confirmed every note of **Resume** already.");
    }

    [Fact]
    public async Task The_lane_question_hands_over_to_the_add_note_dialog_and_the_review_carries_on()
    {
        var chat = host.Personal();
        await chat.CreateMapAsync("Hand over");
        await AddAsync(chat, "red flag Purchase: card declined", Alice);

        await chat.SendAsync("review");
        (await chat.SendAsync("add a note now")).ShouldSay("What would you like to add to **Hand over**?");
        await chat.SendAsync("green flag");
        await chat.SendAsync("Awareness");
        (await chat.SendAsync("ads explain the price"))
            .ShouldSay("Added Green flag")
            .ShouldSay("**Stage 2 of 5 · Consideration**: no notes yet.");
    }

    [Fact]
    public async Task Summary_of_a_reviewed_map_shows_the_last_review_and_counts_changes_since_then()
    {
        var chat = host.Personal();
        await chat.CreateMapAsync("Reviewed");
        var declined = await AddAsync(chat, "red flag Purchase: card declined", Alice);
        await AddAsync(chat, "pain Purchase: too many fields", Alice);
        host.Time.Advance(TimeSpan.FromDays(30));
        await chat.SendAsync("review");
        await chat.SendAsync("close review");
        var reviewed = Today;
        host.Time.Advance(TimeSpan.FromDays(1));
        (await chat.SendAsync($"edit {declined} card declined twice")).ShouldSay("Updated");
        await AddAsync(chat, "green flag Use: quick setup", Alice);

        var card = Assert.Single((await chat.SendAsync("summary")).Cards());
        var texts = card.TextBlocks().ToList();

        Assert.Equal($"{reviewed} · Alice Chen", card.Facts()["Last review"]);
        var changes = texts.IndexOf($"What changed since the last review ({reviewed})");
        Assert.True(changes >= 0, string.Join("\n", texts));
        Assert.Equal("1 added · 1 edited · 0 deleted", texts[changes + 1]);

        // The reminder card's "Start review" button sends the command "review".
        (await chat.SubmitAsync(new JsonObject { ["command"] = "review" })).ShouldSay("Review of **Reviewed** started.");
        (await chat.SendAsync("close review")).ShouldSay($"Since the previous review ({reviewed}): 1 added · 1 edited · 0 removed.");
    }

    [Fact]
    public async Task A_chinese_client_reviews_in_chinese()
    {
        var chat = host.Personal();
        chat.Locale = "zh-CN";
        await chat.CreateMapAsync("售后", template: "1");
        var note = await AddAsync(chat, "红旗 购买：退款要两周", Alice, "已在");

        (await chat.SendAsync("评审")).ShouldSay("**售后** 的评审已开始。").ShouldSay("**第 1 个阶段（共 5 个）· 认知**：还没有笔记。").ShouldSay("1. 现在添加笔记");
        await chat.SendAsync("继续");
        (await chat.SendAsync("继续")).ShouldSay($"`{note}`").ShouldSay("还准确吗？保留、编辑还是删除：").ShouldSay("4. 本阶段其余全部保留");
        await chat.SendAsync("保留");
        (await chat.SendAsync("评审进度")).ShouldSay("已确认 1 条笔记中的 1 条，共 1 人参与").ShouldSay("Alice Chen 保留");
        await chat.SendAsync("取消");
        (await chat.SendAsync("结束评审")).ShouldSay("**售后** 的评审已由 Alice Chen 结束。").ShouldSay("- 保留：1（Alice Chen）");

        var today = host.Time.GetUtcNow().ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
        var card = Assert.Single((await chat.SendAsync("总结")).Cards());
        Assert.Equal($"{today} · Alice Chen", card.Facts()["上次评审"]);
        Assert.Contains($"上次评审（{today}）以来的变化", card.TextBlocks());
    }

    [Fact]
    public async Task Help_lists_the_review_commands()
    {
        (await host.Personal().SendAsync("help"))
            .ShouldSay("Walk the current map stage by stage with the team")
            .ShouldSay("review status")
            .ShouldSay("Who confirmed what in the open review, stage by stage.")
            .ShouldSay("close review")
            .ShouldSay("Facilitators: close the review.");
    }

    /// <summary>
    /// A team channel of its own: dialog state is kept per channel and person, so a review left open by one
    /// test must not answer the next test's messages.
    /// </summary>
    private TestConversation Channel()
    {
        var chat = TestConversation.TeamChannel(host.Bot.OnTurnAsync, channelId: $"19:review-{Guid.NewGuid():N}@thread.tacv2");
        chat.ChannelData!["team"]!["id"] = $"19:team-{Guid.NewGuid():N}@thread.tacv2";
        return chat;
    }

    private string Today => host.Time.GetUtcNow().ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en"));

    /// <summary>Adds a note by shortcut a minute after the previous one (so the review asks in this order); returns its id.</summary>
    private async Task<string> AddAsync(TestConversation chat, string shortcut, ChannelAccount from, string added = "Added ")
    {
        host.Time.Advance(TimeSpan.FromMinutes(1));
        var text = (await chat.SendAsync(shortcut, from)).ShouldSay(added).Text();
        var start = text.IndexOf('`', StringComparison.Ordinal) + 1;
        return text[start..text.IndexOf('`', start)];
    }
}
