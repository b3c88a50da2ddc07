namespace JourneyBot.BotKit.Diagnostics;

/// <summary>The values of <see cref="BotTelemetry.OutcomeTag"/>: how the adapter ended a turn.</summary>
public static class TurnOutcomes
{
    /// <summary>The bot ran the turn and it finished.</summary>
    public const string Completed = "completed";

    /// <summary>The bot threw; the error handler was asked to apologise.</summary>
    public const string Failed = "failed";

    /// <summary>The turn ran, but its reply could not be delivered to the channel.</summary>
    public const string Undelivered = "undelivered";

    /// <summary>A re-delivery of an activity already handled: skipped.</summary>
    public const string Duplicate = "duplicate";

    /// <summary>Over a rate limit: the turn did not run.</summary>
    public const string RateLimited = "rate_limited";

    /// <summary>Malformed or too big (400, 413).</summary>
    public const string Rejected = "rejected";

    /// <summary>Not authenticated (401).</summary>
    public const string Unauthorized = "unauthorized";

    /// <summary>From a tenant the bot does not serve (403).</summary>
    public const string Forbidden = "forbidden";
}
