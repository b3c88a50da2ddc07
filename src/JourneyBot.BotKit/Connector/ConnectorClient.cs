using System.Net.Http.Headers;
using System.Text.Json;
using JourneyBot.BotKit.Authentication;
using JourneyBot.BotKit.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JourneyBot.BotKit.Connector;

/// <summary>
/// <see cref="IConnectorClient"/> over HTTP. Retries throttling and transient failures with
/// jittered exponential back-off (or the channel's <c>Retry-After</c>), each attempt with its own
/// timeout; everything else fails at once with a <see cref="ConnectorException"/>.
/// </summary>
/// <remarks>
/// A singleton that asks <see cref="IHttpClientFactory"/> for a client per call, so it can be held
/// by singletons (e.g. a reminder dispatcher) without pinning one handler and its DNS answers.
/// </remarks>
internal sealed partial class ConnectorClient : IConnectorClient
{
    /// <summary>The named <see cref="HttpClient"/> registered by <see cref="ConnectorServiceCollectionExtensions.AddBotConnector"/>.</summary>
    internal const string HttpClientName = "JourneyBot.BotKit.Connector";

    private const int MaxErrorMessageLength = 500;

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly IConnectorTokenProvider _tokenProvider;
    private readonly ConnectorClientOptions _options;
    private readonly ExponentialBackoff _backoff;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<ConnectorClient> _logger;

    public ConnectorClient(
        IHttpClientFactory httpClientFactory,
        IConnectorTokenProvider tokenProvider,
        IOptions<ConnectorClientOptions> options,
        TimeProvider timeProvider,
        ILogger<ConnectorClient> logger)
    {
        _httpClientFactory = httpClientFactory;
        _tokenProvider = tokenProvider;
        _options = options.Value;
        _backoff = new ExponentialBackoff(_options.BaseDelay, _options.MaxDelay, Random.Shared);
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public async Task<ResourceResponse> SendToConversationAsync(Uri serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var path = ConnectorPaths.Activities(conversationId);
        var response = await ExecuteAsync(Operations.SendToConversation, HttpMethod.Post, serviceUrl, path, Serialize(activity), cancellationToken);
        return ReadBody<ResourceResponse>(Operations.SendToConversation, response) ?? new ResourceResponse(null);
    }

    public async Task<ResourceResponse> ReplyToActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        var path = ConnectorPaths.Activity(conversationId, activityId);
        var response = await ExecuteAsync(Operations.ReplyToActivity, HttpMethod.Post, serviceUrl, path, Serialize(activity), cancellationToken);
        return ReadBody<ResourceResponse>(Operations.ReplyToActivity, response) ?? new ResourceResponse(null);
    }

    public async Task<ResourceResponse> UpdateActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        var path = ConnectorPaths.Activity(conversationId, activityId);
        var response = await ExecuteAsync(Operations.UpdateActivity, HttpMethod.Put, serviceUrl, path, Serialize(activity), cancellationToken);
        return ReadBody<ResourceResponse>(Operations.UpdateActivity, response) ?? new ResourceResponse(null);
    }

    public async Task DeleteActivityAsync(Uri serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var path = ConnectorPaths.Activity(conversationId, activityId);
        await ExecuteAsync(Operations.DeleteActivity, HttpMethod.Delete, serviceUrl, path, body: null, cancellationToken);
    }

    public async Task<ConversationResourceResponse> CreateConversationAsync(Uri serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var body = JsonSerializer.SerializeToUtf8Bytes(parameters, BotJson.Options);
        var response = await ExecuteAsync(Operations.CreateConversation, HttpMethod.Post, serviceUrl, ConnectorPaths.Conversations, body, cancellationToken);
        return ReadBody<ConversationResourceResponse>(Operations.CreateConversation, response)
            ?? new ConversationResourceResponse(null, null, null);
    }

    /// <summary>Which HTTP statuses are worth another attempt: throttling and a busy or failing gateway.</summary>
    internal static bool IsTransient(int statusCode) => statusCode is 412 or 429 or 502 or 503 or 504;

    /// <summary>Reads <c>{ "error": { "code", "message" } }</c>; anything else (HTML, plain text, empty) yields nulls.</summary>
    internal static (string? Code, string? Message) ParseError(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return default;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (TryGetProperty(document.RootElement, "error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                return (ReadString(error, "code"), ReadString(error, "message"));
            }
        }
        catch (JsonException)
        {
            // A proxy or gateway answered with something that is not the connector's error shape.
        }

        return default;
    }

    private static byte[] Serialize(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);

        // Serialized once; every attempt wraps the same bytes in new content, because an
        // HttpRequestMessage and its content cannot be sent twice.
        return JsonSerializer.SerializeToUtf8Bytes(activity, BotJson.Options);
    }

    private async Task<SuccessResponse> ExecuteAsync(string operation, HttpMethod method, Uri serviceUrl, string relativePath, byte[]? body, CancellationToken cancellationToken)
    {
        var requestUri = ConnectorPaths.Combine(serviceUrl, relativePath);
        var httpClient = _httpClientFactory.CreateClient(HttpClientName);

        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var outcome = await AttemptAsync(httpClient, method, serviceUrl, requestUri, body, cancellationToken);
            if (outcome.Success is { } success)
            {
                return success;
            }

            var failure = outcome.Failure!;
            if (!failure.IsTransient || attempt >= _options.MaxAttempts)
            {
                LogFinalFailure(operation, serviceUrl.Host, failure.StatusCode, failure.ErrorCode, attempt, failure.Exception);
                throw ToException(operation, failure, attempt);
            }

            TimeSpan delay;
            if (failure.RetryAfter is { } retryAfter)
            {
                if (retryAfter > _options.MaxRetryAfter)
                {
                    LogRetryAfterTooLong(operation, serviceUrl.Host, failure.StatusCode, failure.ErrorCode, retryAfter.TotalSeconds, _options.MaxRetryAfter.TotalSeconds);
                    throw ToException(operation, failure, attempt);
                }

                delay = retryAfter;
            }
            else
            {
                delay = _backoff.NextDelay(attempt);
            }

            LogRetry(operation, serviceUrl.Host, attempt, _options.MaxAttempts, failure.StatusCode, failure.ErrorCode, delay.TotalMilliseconds, failure.Exception);
            await Task.Delay(delay, _timeProvider, cancellationToken);
        }
    }

    private async Task<AttemptOutcome> AttemptAsync(HttpClient httpClient, HttpMethod method, Uri serviceUrl, Uri requestUri, byte[]? body, CancellationToken cancellationToken)
    {
        // Asked on every attempt: the provider caches, and a retry after a long Retry-After may
        // outlive the token used by the first attempt.
        var token = await _tokenProvider.GetTokenAsync(serviceUrl, cancellationToken);

        using var attemptTimeout = new CancellationTokenSource(_options.AttemptTimeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, attemptTimeout.Token);
        using var request = CreateRequest(method, requestUri, body, token);
        try
        {
            using var response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            var text = await response.Content.ReadAsStringAsync(linked.Token);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                return new AttemptOutcome(new SuccessResponse(status, text), null);
            }

            var (code, message) = ParseError(text);
            var transient = IsTransient(status);
            var retryAfter = transient ? ReadRetryAfter(response.Headers.RetryAfter) : null;
            return new AttemptOutcome(null, new AttemptFailure(status, code, message, transient, retryAfter, null));
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Not the caller's token: this attempt ran out of time (ours or HttpClient.Timeout).
            var timeout = new TimeoutException($"The connector did not answer within {_options.AttemptTimeout}.", ex);
            return new AttemptOutcome(null, new AttemptFailure(0, null, timeout.Message, true, null, timeout));
        }
        catch (HttpRequestException ex)
        {
            // Connection refused or reset, DNS, TLS: no status to judge by, and usually passing.
            return new AttemptOutcome(null, new AttemptFailure(0, null, ex.Message, true, null, ex));
        }
    }

    private static HttpRequestMessage CreateRequest(HttpMethod method, Uri requestUri, byte[]? body, string? token)
    {
        var request = new HttpRequestMessage(method, requestUri);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (!string.IsNullOrEmpty(token))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        return request;
    }

    private TimeSpan? ReadRetryAfter(RetryConditionHeaderValue? header)
    {
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - _timeProvider.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    private T? ReadBody<T>(string operation, SuccessResponse response)
        where T : class
    {
        // Channels differ: some answer 200 with an empty body, 201, 202 or 204; the call still worked.
        if (string.IsNullOrWhiteSpace(response.Body))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(response.Body, BotJson.Options);
        }
        catch (JsonException)
        {
            LogUnreadableSuccessBody(operation, response.StatusCode);
            return null;
        }
    }

    private static ConnectorException ToException(string operation, AttemptFailure failure, int attempts)
    {
        var status = failure.StatusCode == 0 ? "no response" : $"HTTP {failure.StatusCode}";
        var code = failure.ErrorCode is null ? string.Empty : $" {failure.ErrorCode}";
        var detail = failure.ErrorMessage is null ? string.Empty : $": {Truncate(failure.ErrorMessage)}";
        var message = $"Connector call {operation} failed with {status}{code} after {attempts} attempt(s){detail}";
        return new ConnectorException(message, failure.StatusCode, failure.ErrorCode, failure.Exception, failure.RetryAfter);
    }

    private static string Truncate(string text) =>
        text.Length <= MaxErrorMessageLength ? text : string.Concat(text.AsSpan(0, MaxErrorMessageLength), "...");

    private static bool TryGetProperty(JsonElement element, string name, out JsonElement value)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            // Case-insensitive: gateways in front of the connector do not all camelCase.
            foreach (var property in element.EnumerateObject())
            {
                if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    value = property.Value;
                    return true;
                }
            }
        }

        value = default;
        return false;
    }

    private static string? ReadString(JsonElement element, string name) =>
        TryGetProperty(element, name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning,
        Message = "Connector {Operation} to {ServiceHost}: attempt {Attempt} of {MaxAttempts} failed with status {StatusCode} {ErrorCode}; retrying in {DelayMilliseconds} ms")]
    private partial void LogRetry(string operation, string serviceHost, int attempt, int maxAttempts, int statusCode, string? errorCode, double delayMilliseconds, Exception? exception);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning,
        Message = "Connector {Operation} to {ServiceHost} failed with status {StatusCode} {ErrorCode} after {Attempts} attempt(s)")]
    private partial void LogFinalFailure(string operation, string serviceHost, int statusCode, string? errorCode, int attempts, Exception? exception);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning,
        Message = "Connector {Operation} to {ServiceHost} failed with status {StatusCode} {ErrorCode}: Retry-After of {RetryAfterSeconds} s exceeds the {MaxRetryAfterSeconds} s limit, giving up")]
    private partial void LogRetryAfterTooLong(string operation, string serviceHost, int statusCode, string? errorCode, double retryAfterSeconds, double maxRetryAfterSeconds);

    [LoggerMessage(EventId = 4, Level = LogLevel.Debug,
        Message = "Connector {Operation} succeeded with status {StatusCode} but its body is not the expected JSON; returning no id")]
    private partial void LogUnreadableSuccessBody(string operation, int statusCode);

    private static class Operations
    {
        public const string SendToConversation = "SendToConversation";
        public const string ReplyToActivity = "ReplyToActivity";
        public const string UpdateActivity = "UpdateActivity";
        public const string DeleteActivity = "DeleteActivity";
        public const string CreateConversation = "CreateConversation";
    }

    private sealed record SuccessResponse(int StatusCode, string Body);

    private sealed record AttemptFailure(int StatusCode, string? ErrorCode, string? ErrorMessage, bool IsTransient, TimeSpan? RetryAfter, Exception? Exception);

    private sealed record AttemptOutcome(SuccessResponse? Success, AttemptFailure? Failure);
}
