using JourneyBot.BotKit.Schema;
using Microsoft.Extensions.Options;

namespace JourneyBot.BotKit.RateLimiting;

/// <summary>
/// Admits or refuses people's activities (messages and invokes) by two token buckets: the sender's (tenant and
/// user id) and the conversation's (without the Teams thread suffix). An activity takes a token from both or
/// from neither, so a person over their own limit does not use up the conversation's tokens of everyone else.
/// </summary>
internal sealed class TurnRateLimiter
{
    private readonly RateLimitOptions _options;
    private readonly TimeProvider _time;
    private readonly TokenBuckets _users;
    private readonly TokenBuckets _conversations;
    private readonly Lock _lock = new();

    public TurnRateLimiter(IOptions<RateLimitOptions> options, TimeProvider time)
    {
        _options = options.Value;
        _time = time;
        _users = new TokenBuckets(_options.PerUser, _options.MaxTrackedKeys);
        _conversations = new TokenBuckets(_options.PerConversation, _options.MaxTrackedKeys);
    }

    /// <summary>Users tracked now.</summary>
    internal int TrackedUsers
    {
        get
        {
            lock (_lock)
            {
                return _users.Count;
            }
        }
    }

    /// <summary>Conversations tracked now.</summary>
    internal int TrackedConversations
    {
        get
        {
            lock (_lock)
            {
                return _conversations.Count;
            }
        }
    }

    /// <summary>Whether the limits apply to <paramref name="activity"/>: people's messages and invokes, when enabled.</summary>
    public bool Applies(Activity activity) =>
        _options.Enabled && activity.Type is ActivityTypes.Message or ActivityTypes.Invoke;

    /// <summary>Takes a token for <paramref name="activity"/>; null when admitted, else why not.</summary>
    public RateLimitRefusal? TryAcquire(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var tenants = TeamsChannelData.TenantIds(activity);
        var tenant = tenants.Count > 0 ? tenants[0] : string.Empty;
        var userKey = tenant + "\n" + (activity.From?.Id ?? string.Empty);
        var conversationKey = TeamsChannelData.ConversationWithoutThread(activity.Conversation?.Id) ?? string.Empty;
        return TryAcquire(userKey, conversationKey);
    }

    /// <summary>Takes a token from the user's and the conversation's bucket; null when admitted.</summary>
    internal RateLimitRefusal? TryAcquire(string userKey, string conversationKey)
    {
        var now = _time.GetUtcNow();
        lock (_lock)
        {
            var user = _users.Touch(userKey, now);
            if (user.Tokens < 1)
            {
                return Refuse(RateLimitScope.User, _users, user, now);
            }

            var conversation = _conversations.Touch(conversationKey, now);
            if (conversation.Tokens < 1)
            {
                return Refuse(RateLimitScope.Conversation, _conversations, conversation, now);
            }

            user.Tokens -= 1;
            conversation.Tokens -= 1;
            return null;
        }
    }

    private static RateLimitRefusal Refuse(RateLimitScope scope, TokenBuckets buckets, TokenBuckets.Bucket bucket, DateTimeOffset now)
    {
        var retryAfter = buckets.TimeToFull(bucket);
        var first = now >= bucket.NoticeUntil;
        if (first)
        {
            bucket.NoticeUntil = now + retryAfter;
        }

        return new RateLimitRefusal(scope, retryAfter, first);
    }
}
