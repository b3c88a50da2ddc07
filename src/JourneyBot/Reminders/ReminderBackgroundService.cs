using JourneyBot.Journeys.Reminders;
using Microsoft.Extensions.Options;

namespace JourneyBot.Reminders;

/// <summary>
/// Runs a round of the <see cref="ReminderDispatcher"/> every <see cref="ReminderOptions.PollInterval"/>. Any
/// number of instances may run it at once: each due reminder is claimed by exactly one of them.
/// </summary>
internal sealed partial class ReminderBackgroundService(
    ReminderDispatcher dispatcher,
    IOptions<ReminderOptions> options,
    TimeProvider time,
    ILogger<ReminderBackgroundService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            LogDisabled(logger);
            return;
        }

        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        do
        {
            try
            {
                var sent = await dispatcher.RunOnceAsync(stoppingToken);
                if (sent > 0)
                {
                    LogRound(logger, sent);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Storage or the network is down: the next round tries again; claimed reminders come back after their lease.
                LogRoundFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Review reminders are disabled (Reminders:Enabled is false)")]
    private static partial void LogDisabled(ILogger logger);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Sent {Count} review reminder(s)")]
    private static partial void LogRound(ILogger logger, int count);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "A round of review reminders failed; trying again at the next interval")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
