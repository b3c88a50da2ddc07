namespace JourneyBot.Storage.Tables;

/// <summary>How long a writer that lost an ETag race waits before reading again.</summary>
internal static class ConflictBackOff
{
    private const int BaseMilliseconds = 10;
    private const int MaxMilliseconds = 500;

    /// <summary>
    /// Full jitter: a random wait up to an exponentially growing cap (20 ms after the first conflict,
    /// 500 ms from the sixth on), so colliding writers spread out instead of colliding again.
    /// </summary>
    public static TimeSpan After(int attempt)
    {
        var cap = Math.Min(MaxMilliseconds, BaseMilliseconds << Math.Clamp(attempt, 0, 10));
        return TimeSpan.FromMilliseconds(Random.Shared.Next(1, cap + 1));
    }
}
