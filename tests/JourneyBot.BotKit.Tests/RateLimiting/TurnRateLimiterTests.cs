using System.Text.Json.Nodes;
using JourneyBot.BotKit.RateLimiting;
using JourneyBot.BotKit.Schema;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace JourneyBot.BotKit.Tests.RateLimiting;

public sealed class TurnRateLimiterTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2031, 3, 14, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_burst_is_admitted_and_the_next_one_refused_with_one_notice()
    {
        var limiter = Limiter(perUser: (60, 5));

        var admitted = Enumerable.Range(0, 5).Select(_ => limiter.TryAcquire("alice", "chat")).ToList();
        var refused = Enumerable.Range(0, 3).Select(_ => limiter.TryAcquire("alice", "chat")).ToList();

        Assert.All(admitted, Assert.Null);
        Assert.All(refused, r => Assert.Equal(RateLimitScope.User, r!.Scope));
        Assert.Equal([true, false, false], refused.Select(r => r!.FirstInWindow));
        Assert.Equal(TimeSpan.FromSeconds(5), refused[0]!.RetryAfter);
    }

    [Fact]
    public void Tokens_come_back_at_the_configured_rate()
    {
        var limiter = Limiter(perUser: (60, 2));
        limiter.TryAcquire("alice", "chat");
        limiter.TryAcquire("alice", "chat");
        Assert.NotNull(limiter.TryAcquire("alice", "chat"));

        _time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.NotNull(limiter.TryAcquire("alice", "chat"));

        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Null(limiter.TryAcquire("alice", "chat"));
        Assert.NotNull(limiter.TryAcquire("alice", "chat"));
    }

    [Fact]
    public void A_bucket_never_holds_more_than_its_burst()
    {
        var limiter = Limiter(perUser: (60, 3));

        _time.Advance(TimeSpan.FromHours(1));

        Assert.Equal(3, Enumerable.Range(0, 10).Count(_ => limiter.TryAcquire("alice", "chat") is null));
    }

    [Fact]
    public void Users_are_limited_apart_and_a_refused_user_does_not_spend_the_conversations_tokens()
    {
        var limiter = Limiter(perUser: (60, 3), perConversation: (60, 5));

        var alice = Enumerable.Range(0, 20).Count(_ => limiter.TryAcquire("alice", "chat") is null);
        var bob = Enumerable.Range(0, 2).Count(_ => limiter.TryAcquire("bob", "chat") is null);

        Assert.Equal(3, alice);
        Assert.Equal(2, bob);
    }

    [Fact]
    public void A_full_conversation_refuses_everyone_in_it_but_not_other_conversations()
    {
        var limiter = Limiter(perUser: (60, 10), perConversation: (60, 4));
        foreach (var user in new[] { "u1", "u2", "u3", "u4" })
        {
            Assert.Null(limiter.TryAcquire(user, "busy"));
        }

        var refused = limiter.TryAcquire("u5", "busy");

        Assert.Equal(RateLimitScope.Conversation, refused!.Scope);
        Assert.True(refused.FirstInWindow);
        Assert.False(limiter.TryAcquire("u6", "busy")!.FirstInWindow);
        Assert.Null(limiter.TryAcquire("u5", "quiet"));
    }

    [Fact]
    public void After_the_window_the_next_refusal_is_announced_again()
    {
        var limiter = Limiter(perUser: (60, 2));
        limiter.TryAcquire("alice", "chat");
        limiter.TryAcquire("alice", "chat");
        var first = limiter.TryAcquire("alice", "chat")!;
        Assert.True(first.FirstInWindow);

        // Within the window: refused silently (the bucket is drained again as fast as it refills).
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(limiter.TryAcquire("alice", "chat"));
        Assert.False(limiter.TryAcquire("alice", "chat")!.FirstInWindow);

        _time.Advance(first.RetryAfter);
        Assert.Null(limiter.TryAcquire("alice", "chat"));
        Assert.Null(limiter.TryAcquire("alice", "chat"));
        Assert.True(limiter.TryAcquire("alice", "chat")!.FirstInWindow);
    }

    [Fact]
    public void Invented_user_ids_cannot_grow_memory_past_the_cap()
    {
        var limiter = Limiter(perUser: (60, 5), perConversation: (1_000_000, 1_000_000), maxTrackedKeys: 100);

        for (var i = 0; i < 10_000; i++)
        {
            limiter.TryAcquire($"invented-{i}", "chat");
        }

        Assert.Equal(100, limiter.TrackedUsers);
        Assert.Equal(1, limiter.TrackedConversations);
    }

    [Fact]
    public void Idle_buckets_are_dropped_once_they_would_be_full_again()
    {
        var limiter = Limiter(perUser: (60, 5), perConversation: (600, 50));
        for (var i = 0; i < 50; i++)
        {
            limiter.TryAcquire($"user-{i}", $"chat-{i}");
        }

        _time.Advance(TimeSpan.FromSeconds(4));
        limiter.TryAcquire("late", "late-chat");
        Assert.Equal(51, limiter.TrackedUsers);

        _time.Advance(TimeSpan.FromSeconds(1));
        limiter.TryAcquire("later", "later-chat");

        Assert.Equal(2, limiter.TrackedUsers);
        Assert.Equal(2, limiter.TrackedConversations);
    }

    [Fact]
    public void A_dropped_bucket_comes_back_full_so_dropping_never_changes_a_decision()
    {
        var limiter = Limiter(perUser: (60, 3));
        for (var i = 0; i < 3; i++)
        {
            limiter.TryAcquire("alice", "chat");
        }

        _time.Advance(TimeSpan.FromSeconds(3));
        limiter.TryAcquire("someone else", "chat");

        Assert.Equal(3, Enumerable.Range(0, 5).Count(_ => limiter.TryAcquire("alice", "chat") is null));
    }

    [Theory]
    [InlineData("message", true)]
    [InlineData("invoke", true)]
    [InlineData("conversationUpdate", false)]
    [InlineData("installationUpdate", false)]
    public void Messages_and_invokes_count_but_membership_and_installation_updates_do_not(string type, bool counts)
    {
        var limiter = Limiter(perUser: (60, 1));

        Assert.Equal(counts, limiter.Applies(new Activity { Type = type }));
    }

    [Fact]
    public void Switched_off_nothing_counts()
    {
        var limiter = new TurnRateLimiter(Options.Create(new RateLimitOptions { Enabled = false }), _time);

        Assert.False(limiter.Applies(new Activity { Type = ActivityTypes.Message }));
    }

    [Fact]
    public void The_user_key_is_tenant_and_user_and_the_conversation_key_drops_the_teams_thread()
    {
        var limiter = Limiter(perUser: (60, 1), perConversation: (60, 2));

        Assert.Null(limiter.TryAcquire(ChannelActivity("tenant-a", "29:alice", "19:general@thread.tacv2;messageid=1")));
        Assert.Null(limiter.TryAcquire(ChannelActivity("tenant-b", "29:alice", "19:general@thread.tacv2;messageid=2")));
        var third = limiter.TryAcquire(ChannelActivity("tenant-c", "29:alice", "19:general@thread.tacv2;messageid=3"));

        Assert.Equal(RateLimitScope.Conversation, third!.Scope);
        Assert.Equal(RateLimitScope.User, limiter.TryAcquire(ChannelActivity("tenant-a", "29:alice", "19:other@thread.tacv2"))!.Scope);
    }

    [Theory]
    [InlineData(0, 5, 10)]
    [InlineData(-1, 5, 10)]
    [InlineData(60, 0, 10)]
    [InlineData(60, 5, 0)]
    public void Limits_that_cannot_work_are_reported(double perMinute, int burst, int maxKeys)
    {
        var options = new RateLimitOptions { PerUser = new TokenBucketLimit { PermitsPerMinute = perMinute, Burst = burst }, MaxTrackedKeys = maxKeys };

        Assert.True(new RateLimitOptionsValidator().Validate(null, options).Failed);
        Assert.False(new RateLimitOptionsValidator().Validate(null, new RateLimitOptions()).Failed);
    }

    private TurnRateLimiter Limiter((double PerMinute, int Burst) perUser, (double PerMinute, int Burst)? perConversation = null, int maxTrackedKeys = 10_000)
    {
        var conversation = perConversation ?? (1_000, 1_000);
        var options = new RateLimitOptions
        {
            PerUser = new TokenBucketLimit { PermitsPerMinute = perUser.PerMinute, Burst = perUser.Burst },
            PerConversation = new TokenBucketLimit { PermitsPerMinute = conversation.PerMinute, Burst = conversation.Burst },
            MaxTrackedKeys = maxTrackedKeys,
        };
        return new TurnRateLimiter(Options.Create(options), _time);
    }

    private static Activity ChannelActivity(string tenant, string user, string conversation) => new()
    {
        Type = ActivityTypes.Message,
        From = new ChannelAccount { Id = user },
        Conversation = new ConversationAccount { Id = conversation, TenantId = tenant },
        ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenant } },
    };
}
