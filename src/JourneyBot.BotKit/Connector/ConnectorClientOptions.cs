namespace JourneyBot.BotKit.Connector;

/// <summary>
/// How the connector client retries and times out. Bound to the <c>Bot:Connector</c> section and
/// validated at start-up.
/// </summary>
public sealed class ConnectorClientOptions
{
    /// <summary>The configuration section these options are bound to.</summary>
    public const string SectionName = "Bot:Connector";

    /// <summary>Attempts per call, the first one included (1 disables retries). Default 4.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>
    /// Ceiling of the first back-off; each further retry doubles it up to <see cref="MaxDelay"/>.
    /// The actual wait is drawn uniformly below the ceiling ("full jitter"). Default 500 ms.
    /// </summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Largest back-off ceiling. Default 30 s.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time allowed for one attempt (request and response body); a timed-out attempt is retried. Default 15 s.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Longest <c>Retry-After</c> the client is willing to wait. When the channel asks for more,
    /// the call fails at once rather than hold the caller (and its turn) for that long. Default 30 s.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);
}
