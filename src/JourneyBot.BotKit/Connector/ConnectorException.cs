namespace JourneyBot.BotKit.Connector;

/// <summary>A connector call that failed for good (after any retries), with the channel's error.</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException(string message, int statusCode, string? errorCode = null, Exception? innerException = null, TimeSpan? retryAfter = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        RetryAfter = retryAfter;
    }

    /// <summary>HTTP status of the last attempt; 0 when no response was received.</summary>
    public int StatusCode { get; }

    /// <summary>The <c>error.code</c> the channel returned, e.g. <c>MessageWritesBlocked</c>.</summary>
    public string? ErrorCode { get; }

    /// <summary>The channel's <c>Retry-After</c> on the last attempt, if it asked for a pause (e.g. longer than the client would wait).</summary>
    public TimeSpan? RetryAfter { get; }
}
