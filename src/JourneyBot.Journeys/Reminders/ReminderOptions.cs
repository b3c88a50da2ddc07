using JourneyBot.Domain.Reminders;

namespace JourneyBot.Journeys.Reminders;

/// <summary>How review reminders are dispatched. Bound to the <c>Reminders</c> section and validated on start.</summary>
public sealed class ReminderOptions
{
    public const string SectionName = "Reminders";

    /// <summary>False stops the dispatcher (commands still set the schedule). Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the dispatcher looks for due reminders. Default 1 minute.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a claimed reminder is held by one instance before another may take it over. Default 5 minutes.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Most reminders one round claims. Default 50.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>Start of the daily quiet time, local to each map. Default 20:00.</summary>
    public TimeOnly QuietHoursStart { get; set; } = new(20, 0);

    /// <summary>End of the daily quiet time. Default 08:00; equal to the start for none.</summary>
    public TimeOnly QuietHoursEnd { get; set; } = new(8, 0);

    /// <summary>No reminders on Saturdays and Sundays. Default true.</summary>
    public bool QuietOnWeekends { get; set; } = true;

    /// <summary>Accept <c>remind every N minutes</c> (tests and local development only). Default false.</summary>
    public bool AllowMinuteCadence { get; set; }

    /// <summary>The least time between two sends to one conversation (Teams allows about 7 per second). Default 150 ms.</summary>
    public TimeSpan MinSendInterval { get; set; } = TimeSpan.FromMilliseconds(150);

    /// <summary>The first wait before a failed reminder is tried again; doubles per attempt up to an hour. Default 1 minute.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Attempts at one reminder before it is skipped for the next period. Default 8.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>A stage with no note change for this long is listed as "not touched". Default 30 days.</summary>
    public TimeSpan StaleStageAfter { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The quiet hours as the cadence maths takes them.</summary>
    public QuietHours QuietHours => new(QuietHoursStart, QuietHoursEnd, QuietOnWeekends);

    /// <summary>What is wrong with these options, or null.</summary>
    public string? Problem() =>
        PollInterval <= TimeSpan.Zero ? "Reminders:PollInterval must be positive."
        : Lease < TimeSpan.FromSeconds(10) ? "Reminders:Lease must be at least 10 seconds."
        : BatchSize is < 1 or > 1000 ? "Reminders:BatchSize must be between 1 and 1000."
        : MinSendInterval < TimeSpan.Zero ? "Reminders:MinSendInterval must not be negative."
        : RetryDelay <= TimeSpan.Zero ? "Reminders:RetryDelay must be positive."
        : MaxAttempts < 1 ? "Reminders:MaxAttempts must be at least 1."
        : StaleStageAfter <= TimeSpan.Zero ? "Reminders:StaleStageAfter must be positive."
        : null;
}
