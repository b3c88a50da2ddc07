namespace JourneyBot.BotKit.Connector;

/// <summary>
/// Exponential back-off with full jitter: the wait before retry <c>n</c> is drawn uniformly from
/// <c>[0, min(maxDelay, baseDelay * 2^(n-1)))</c>, so that many clients throttled at once spread
/// their retries instead of coming back together.
/// </summary>
internal sealed class ExponentialBackoff
{
    // 2^62 base ticks overflows long long before this; by then the ceiling is maxDelay anyway.
    private const int MaxExponent = 62;

    private readonly TimeSpan _baseDelay;
    private readonly TimeSpan _maxDelay;
    private readonly Random _random;

    /// <param name="baseDelay">Ceiling of the first retry's wait.</param>
    /// <param name="maxDelay">Largest ceiling, reached after a few doublings.</param>
    /// <param name="random">Thread-safe in production (<see cref="Random.Shared"/>); seeded in tests.</param>
    public ExponentialBackoff(TimeSpan baseDelay, TimeSpan maxDelay, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(baseDelay, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDelay, baseDelay);
        ArgumentNullException.ThrowIfNull(random);
        _baseDelay = baseDelay;
        _maxDelay = maxDelay;
        _random = random;
    }

    /// <summary>The upper bound of the wait before retry <paramref name="retry"/> (1 = the first retry).</summary>
    public TimeSpan Ceiling(int retry)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retry, 1);
        var exponent = Math.Min(retry - 1, MaxExponent);
        var ticks = _baseDelay.Ticks * Math.Pow(2, exponent);
        return ticks >= _maxDelay.Ticks ? _maxDelay : TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>A jittered wait before retry <paramref name="retry"/> (1 = the first retry).</summary>
    public TimeSpan NextDelay(int retry) =>
        TimeSpan.FromTicks((long)(_random.NextDouble() * Ceiling(retry).Ticks));
}
