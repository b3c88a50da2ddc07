namespace JourneyBot.Domain.Reminders;

/// <summary>What a review cadence counts in.</summary>
public enum CadenceUnit
{
    /// <summary>Every N weeks, on a weekday.</summary>
    Weeks,

    /// <summary>Every N months, on a day of the month (the last day when the month is shorter).</summary>
    Months,

    /// <summary>Every N minutes; only where the reminder options allow it (tests, local development).</summary>
    Minutes,
}
