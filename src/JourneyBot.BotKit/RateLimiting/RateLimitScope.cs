namespace JourneyBot.BotKit.RateLimiting;

/// <summary>Which limit an activity went over.</summary>
public enum RateLimitScope
{
    /// <summary>The sender's own limit.</summary>
    User,

    /// <summary>The conversation's limit (everyone in it together).</summary>
    Conversation,
}
