namespace JourneyBot.BotKit.RateLimiting;

/// <summary>
/// Flood protection of <c>/api/messages</c>: token buckets per user and per conversation, in memory in each
/// instance. Bound to <c>RateLimits</c>.
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>False turns the limits off (tests that drive the bot faster than people do).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// One person (tenant and user id) across all conversations: a sustained second per message, with room
    /// for a quick run of card clicks (a review kept note by note).
    /// </summary>
    public TokenBucketLimit PerUser { get; set; } = new() { PermitsPerMinute = 60, Burst = 30 };

    /// <summary>One conversation (a Teams channel counts once, whatever the thread): a busy workshop of many people.</summary>
    public TokenBucketLimit PerConversation { get; set; } = new() { PermitsPerMinute = 600, Burst = 200 };

    /// <summary>
    /// The most users, and separately the most conversations, tracked at once. Idle buckets are dropped
    /// first; past this, the least recently seen is forgotten, so invented ids cannot grow memory.
    /// </summary>
    public int MaxTrackedKeys { get; set; } = 10_000;

    /// <summary>Why the options cannot be used, or null when they can.</summary>
    public string? Problem() =>
        PerUser.Problem($"{SectionName}:PerUser")
        ?? PerConversation.Problem($"{SectionName}:PerConversation")
        ?? (MaxTrackedKeys < 1 ? $"{SectionName}:MaxTrackedKeys must be at least 1." : null);
}
