namespace JourneyBot.BotKit.RateLimiting;

/// <summary>A token bucket: <see cref="Burst"/> activities at once, refilled at <see cref="PermitsPerMinute"/>.</summary>
public sealed class TokenBucketLimit
{
    /// <summary>Sustained rate: tokens added per minute.</summary>
    public double PermitsPerMinute { get; set; }

    /// <summary>Bucket size: how many activities may arrive at once after a quiet spell.</summary>
    public int Burst { get; set; }

    /// <summary>How long an empty bucket takes to fill up again; a bucket idle this long is full.</summary>
    public TimeSpan RefillTime => TimeSpan.FromMinutes(Burst / PermitsPerMinute);

    internal string? Problem(string section) =>
        PermitsPerMinute is > 0 and <= 1_000_000 && Burst >= 1
            ? null
            : $"{section}: PermitsPerMinute must be above 0 (at most 1,000,000) and Burst at least 1.";
}
