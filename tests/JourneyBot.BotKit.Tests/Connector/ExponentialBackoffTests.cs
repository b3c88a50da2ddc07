using JourneyBot.BotKit.Connector;

namespace JourneyBot.BotKit.Tests.Connector;

public sealed class ExponentialBackoffTests
{
    private static readonly TimeSpan Base = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData(1, 500)]
    [InlineData(2, 1_000)]
    [InlineData(3, 2_000)]
    [InlineData(6, 16_000)]
    [InlineData(7, 30_000)]
    [InlineData(8, 30_000)]
    public void Ceiling_doubles_from_the_base_delay_up_to_the_max_delay(int retry, int expectedMilliseconds)
    {
        var backoff = new ExponentialBackoff(Base, Max, new Random(1));

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMilliseconds), backoff.Ceiling(retry));
    }

    [Theory]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(1_000)]
    [InlineData(int.MaxValue)]
    public void Ceiling_does_not_overflow_for_large_retry_numbers(int retry)
    {
        var backoff = new ExponentialBackoff(Base, Max, new Random(1));

        Assert.Equal(Max, backoff.Ceiling(retry));
        Assert.InRange(backoff.NextDelay(retry), TimeSpan.Zero, Max);
    }

    [Fact]
    public void Jittered_delays_stay_within_zero_and_the_ceiling()
    {
        var backoff = new ExponentialBackoff(Base, Max, new Random(20261122));

        for (var retry = 1; retry <= 10; retry++)
        {
            var ceiling = backoff.Ceiling(retry);
            for (var sample = 0; sample < 2_000; sample++)
            {
                var delay = backoff.NextDelay(retry);
                Assert.True(delay >= TimeSpan.Zero && delay < ceiling, $"retry {retry}: {delay} outside [0, {ceiling})");
            }
        }
    }

    [Fact]
    public void Full_jitter_spreads_over_the_whole_range()
    {
        var backoff = new ExponentialBackoff(Base, Max, new Random(7));
        var ceiling = backoff.Ceiling(3).TotalMilliseconds;

        var fractions = Enumerable.Range(0, 10_000).Select(_ => backoff.NextDelay(3).TotalMilliseconds / ceiling).ToList();

        Assert.True(fractions.Min() < 0.01, $"min {fractions.Min()}");
        Assert.True(fractions.Max() > 0.99, $"max {fractions.Max()}");
        Assert.InRange(fractions.Average(), 0.48, 0.52);
    }

    [Fact]
    public void The_same_seed_gives_the_same_delays()
    {
        var first = new ExponentialBackoff(Base, Max, new Random(42));
        var second = new ExponentialBackoff(Base, Max, new Random(42));

        Assert.Equal(
            Enumerable.Range(1, 8).Select(first.NextDelay).ToList(),
            Enumerable.Range(1, 8).Select(second.NextDelay).ToList());
    }

    [Fact]
    public void A_zero_base_delay_never_waits()
    {
        var backoff = new ExponentialBackoff(TimeSpan.Zero, TimeSpan.Zero, new Random(1));

        Assert.All(Enumerable.Range(1, 20), retry => Assert.Equal(TimeSpan.Zero, backoff.NextDelay(retry)));
    }

    [Fact]
    public void Invalid_arguments_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExponentialBackoff(TimeSpan.FromSeconds(-1), Max, new Random(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExponentialBackoff(Max, Base, new Random(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExponentialBackoff(Base, Max, new Random(1)).Ceiling(0));
    }
}
