using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace JourneyBot.BotKit.Tests.Connector;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that reports the due time of every timer created on it, so a
/// test can see the delay the code under test asked for before it moves the clock.
/// </summary>
internal sealed class ObservableTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly Channel<TimeSpan> _timers = Channel.CreateUnbounded<TimeSpan>();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _timers.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>
    /// The due time of the next timer other than <paramref name="ignore"/> (e.g. the per-attempt
    /// timeout); fails after 10 s of real time if none is created.
    /// </summary>
    public async Task<TimeSpan> NextTimerAsync(TimeSpan ignore)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var due = await _timers.Reader.ReadAsync(deadline.Token);
            if (due != ignore)
            {
                return due;
            }
        }
    }
}
