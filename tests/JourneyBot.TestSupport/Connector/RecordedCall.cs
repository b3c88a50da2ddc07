using JourneyBot.BotKit.Schema;

namespace JourneyBot.TestSupport.Connector;

/// <summary>One request received by <see cref="FakeConnectorServer"/> and how it was answered.</summary>
public sealed record RecordedCall
{
    /// <summary>The route the request matched.</summary>
    public required ConnectorOperation Operation { get; init; }

    /// <summary>The HTTP method, e.g. <c>POST</c>.</summary>
    public required string Method { get; init; }

    /// <summary>
    /// The request path exactly as the client sent it, still percent-encoded and including the
    /// server's path base (query string excluded), e.g. <c>/v3/conversations/19%3Aabc%40thread.tacv2/activities</c>.
    /// </summary>
    public required string Path { get; init; }

    /// <summary>The conversation id from the path, percent-decoded; null for routes without one.</summary>
    public string? ConversationId { get; init; }

    /// <summary>The activity id from the path, percent-decoded; null for routes without one.</summary>
    public string? ActivityId { get; init; }

    /// <summary>
    /// The activity in the body (send, reply, update) or the initial activity of a created
    /// conversation; null when there was none or the body was not valid JSON.
    /// </summary>
    public Activity? Activity { get; init; }

    /// <summary>The body of a <see cref="ConnectorOperation.CreateConversation"/> call.</summary>
    public ConversationParameters? Parameters { get; init; }

    /// <summary>The raw <c>Authorization</c> header (e.g. <c>Bearer eyJ...</c>), or null when absent.</summary>
    public string? Authorization { get; init; }

    /// <summary>The raw request body (empty when there was none).</summary>
    public required string Body { get; init; }

    /// <summary>The HTTP status the server answered with (0 when the client gave up before the answer).</summary>
    public required int ResponseStatus { get; init; }

    /// <summary>The id the server returned: the new or updated activity's id, or the created conversation's id.</summary>
    public string? ResponseId { get; init; }

    /// <summary>True when the server accepted the call (2xx).</summary>
    public bool Succeeded => ResponseStatus is >= 200 and < 300;
}
