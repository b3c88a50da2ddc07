namespace JourneyBot.BotKit.RateLimiting;

/// <summary>
/// An activity refused for going over a limit. <see cref="RetryAfter"/> is how long until the bucket is full
/// again; <see cref="FirstInWindow"/> is true for the first refusal of that key in that time, the only one that
/// may be answered with a message.
/// </summary>
public sealed record RateLimitRefusal(RateLimitScope Scope, TimeSpan RetryAfter, bool FirstInWindow);
