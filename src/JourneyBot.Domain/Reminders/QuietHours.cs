namespace JourneyBot.Domain.Reminders;

/// <summary>
/// When reminders are not sent, in the map's local time: between <see cref="Start"/> and <see cref="End"/>
/// (the window may span midnight; equal times mean no quiet hours) and, with <see cref="Weekends"/>, on
/// Saturdays and Sundays. A reminder due then waits for the end of the quiet time.
/// </summary>
public sealed record QuietHours(TimeOnly Start, TimeOnly End, bool Weekends)
{
    /// <summary>No quiet time at all.</summary>
    public static QuietHours None { get; } = new(TimeOnly.MinValue, TimeOnly.MinValue, false);

    /// <summary>True when <paramref name="time"/> lies inside the daily window.</summary>
    public bool IsQuiet(TimeOnly time) =>
        Start != End && (Start < End ? time >= Start && time < End : time >= Start || time < End);
}
