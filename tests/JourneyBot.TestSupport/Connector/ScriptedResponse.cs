namespace JourneyBot.TestSupport.Connector;

/// <summary>
/// An answer <see cref="FakeConnectorServer"/> gives instead of its normal one, queued with
/// <see cref="FakeConnectorServer.RespondNext(int, ScriptedResponse)"/>.
/// </summary>
/// <param name="StatusCode">The HTTP status to answer with.</param>
public sealed record ScriptedResponse(int StatusCode)
{
    /// <summary>
    /// <c>error.code</c> of the JSON error body, e.g. <c>MessageWritesBlocked</c> or
    /// <c>MessageSizeTooBig</c>. Ignored when <see cref="RawBody"/> is set.
    /// </summary>
    public string? ErrorCode { get; init; }

    /// <summary><c>error.message</c> of the JSON error body. Ignored when <see cref="RawBody"/> is set.</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>The <c>Retry-After</c> header, verbatim: delta-seconds (<c>"3"</c>) or an HTTP-date.</summary>
    public string? RetryAfter { get; init; }

    /// <summary>
    /// A body sent verbatim (e.g. HTML from a gateway, or an empty string). When null, a failure
    /// status gets a connector-style <c>{"error":{...}}</c> body and a success status the normal body.
    /// </summary>
    public string? RawBody { get; init; }

    /// <summary>Content type of <see cref="RawBody"/>. Default <c>application/json</c>.</summary>
    public string? ContentType { get; init; }

    /// <summary>
    /// How long the server holds the request before answering (real time), to exercise client
    /// timeouts. The wait ends early when the client disconnects.
    /// </summary>
    public TimeSpan Delay { get; init; }
}
