using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using JourneyBot.BotKit.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.TestSupport.Connector;

/// <summary>
/// A real HTTP server on <c>http://127.0.0.1:{free port}</c> that speaks the Bot Connector REST API
/// (send, reply, update, delete, create conversation, members) and records every request, so a test
/// can point a bot's <c>serviceUrl</c> at it and see exactly what the bot sent.
/// </summary>
/// <example>
/// <code>
/// await using var connector = await FakeConnectorServer.StartAsync();
/// var inbound = new Activity { Type = "message", ServiceUrl = connector.ServiceUrl.ToString(), ... };
/// // ... post inbound to the bot's /api/messages ...
/// var replies = await connector.WaitForActivitiesAsync(1, TimeSpan.FromSeconds(10));
/// Assert.Equal("Hello", replies[0].Text);
///
/// connector.FailNext(1, 429, retryAfter: "1");   // throttle the next call once
/// </code>
/// </example>
/// <remarks>
/// Every member is thread-safe. Ids in paths are decoded exactly once, from the raw request target,
/// so a recorded id is the one the client meant to send, whatever characters it contains.
/// </remarks>
public sealed class FakeConnectorServer : IAsyncDisposable
{
    private const string JsonContentType = "application/json; charset=utf-8";

    private readonly WebApplication _app;
    private readonly string _pathBase;
    private readonly Lock _gate = new();
    private readonly List<RecordedCall> _calls = [];
    private readonly List<Activity> _activities = [];
    private readonly Queue<ScriptedResponse> _scripted = new();
    private readonly CancellationTokenSource _stopping = new();
    private TaskCompletionSource _changed = NewSignal();
    private int _consumed;
    private long _nextId;

    private FakeConnectorServer(WebApplication app, string pathBase)
    {
        _app = app;
        _pathBase = pathBase;
        ServiceUrl = null!;
    }

    /// <summary>
    /// The URL to use as the activities' <c>serviceUrl</c>: <c>http://127.0.0.1:{port}/</c>, or
    /// <c>http://127.0.0.1:{port}/{pathBase}/</c>; always with a trailing slash, as channels send it.
    /// </summary>
    public Uri ServiceUrl { get; private set; }

    /// <summary>A snapshot of every request received so far, in arrival order (failed and unknown ones included).</summary>
    public IReadOnlyList<RecordedCall> Calls
    {
        get
        {
            lock (_gate)
            {
                return [.. _calls];
            }
        }
    }

    /// <summary>
    /// A snapshot of every activity the server accepted (answered 2xx), in arrival order: sent, replies,
    /// updates and the initial activity of created conversations.
    /// </summary>
    public IReadOnlyList<Activity> Activities
    {
        get
        {
            lock (_gate)
            {
                return [.. _activities];
            }
        }
    }

    /// <summary>Starts a server at <c>http://127.0.0.1:{free port}/</c>.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static Task<FakeConnectorServer> StartAsync(CancellationToken cancellationToken = default) =>
        StartAsync(pathBase: null, cancellationToken);

    /// <summary>
    /// Starts a server whose routes live under <paramref name="pathBase"/>, like Teams' regional
    /// service URLs (<c>https://smba.trafficmanager.net/amer/</c>).
    /// </summary>
    /// <param name="pathBase">A path such as <c>amer</c> or <c>/teams/emea</c>; null or empty for none.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<FakeConnectorServer> StartAsync(string? pathBase, CancellationToken cancellationToken = default)
    {
        var normalizedBase = string.IsNullOrEmpty(pathBase?.Trim('/')) ? string.Empty : "/" + pathBase.Trim('/');

        // The empty builder reads no appsettings or ASPNETCORE_* variables of the test process,
        // so nothing can move the server off the loopback port it picks.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();

        var server = new FakeConnectorServer(app, normalizedBase);
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellationToken);

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.ServiceUrl = new Uri(address.TrimEnd('/') + normalizedBase + "/");
        return server;
    }

    /// <summary>
    /// Fails the next <paramref name="count"/> calls (of any kind) with <paramref name="statusCode"/>
    /// and a connector error body.
    /// </summary>
    /// <param name="count">How many calls to fail.</param>
    /// <param name="statusCode">E.g. 429, 502, 403.</param>
    /// <param name="errorCode">The body's <c>error.code</c>, e.g. <c>MessageWritesBlocked</c>.</param>
    /// <param name="retryAfter">A <c>Retry-After</c> header value: delta-seconds or an HTTP-date.</param>
    public void FailNext(int count, int statusCode, string? errorCode = null, string? retryAfter = null) =>
        RespondNext(count, new ScriptedResponse(statusCode) { ErrorCode = errorCode, RetryAfter = retryAfter });

    /// <summary>
    /// Answers the next <paramref name="count"/> calls (of any kind) with <paramref name="response"/>
    /// instead of the normal answer. A 2xx scripted answer still counts as accepted.
    /// </summary>
    /// <param name="count">How many calls the answer applies to.</param>
    /// <param name="response">The answer.</param>
    public void RespondNext(int count, ScriptedResponse response)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentNullException.ThrowIfNull(response);
        lock (_gate)
        {
            for (var i = 0; i < count; i++)
            {
                _scripted.Enqueue(response);
            }
        }
    }

    /// <summary>
    /// Returns the next <paramref name="count"/> accepted activities that no earlier call of this
    /// method returned, waiting for them to arrive. Activities that arrived before the call count,
    /// so a test cannot miss a reply that was faster than the test.
    /// </summary>
    /// <param name="count">How many activities to wait for.</param>
    /// <param name="timeout">How long to wait (wall-clock).</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <exception cref="TimeoutException">Fewer activities arrived in time; the message lists the calls received.</exception>
    public async Task<IReadOnlyList<Activity>> WaitForActivitiesAsync(int count, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);

        // Wall-clock on purpose: the bot under test runs in real time against this real server.
        using var deadline = new CancellationTokenSource(timeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (_activities.Count - _consumed >= count)
                {
                    var next = _activities.GetRange(_consumed, count);
                    _consumed += count;
                    return next;
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(linked.Token);
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException(DescribeShortfall(count, timeout));
            }
        }
    }

    /// <summary>Forgets every recorded call and activity and any scripted answers not yet used.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _calls.Clear();
            _activities.Clear();
            _scripted.Clear();
            _consumed = 0;
        }
    }

    /// <summary>Stops the server, ending any scripted delay at once.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var rawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var queryStart = rawTarget.IndexOf('?', StringComparison.Ordinal);
        var rawPath = queryStart < 0 ? rawTarget : rawTarget[..queryStart];

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var route = Route(request.Method, rawPath);
        var (activity, parameters) = Parse(route.Operation, body);
        var call = new RecordedCall
        {
            Operation = route.Operation,
            Method = request.Method,
            Path = rawPath,
            ConversationId = route.ConversationId,
            ActivityId = route.ActivityId,
            Activity = activity,
            Parameters = parameters,
            Authorization = request.Headers.Authorization.Count > 0 ? request.Headers.Authorization.ToString() : null,
            Body = body,
            ResponseStatus = 0,
        };

        ScriptedResponse? scripted;
        lock (_gate)
        {
            _scripted.TryDequeue(out scripted);
        }

        if (scripted is { Delay: var delay } && delay > TimeSpan.Zero)
        {
            using var waiting = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
            try
            {
                await Task.Delay(delay, waiting.Token);
            }
            catch (OperationCanceledException)
            {
                // The client gave up (its timeout) or the server is stopping: nobody reads an answer.
                Record(call, accepted: null);
                return;
            }
        }

        var answer = scripted is { StatusCode: < 200 or >= 300 }
            ? new Answer(scripted.StatusCode, ErrorBody(scripted.ErrorCode, scripted.ErrorMessage ?? $"Scripted {scripted.StatusCode} from {nameof(FakeConnectorServer)}."))
            : NormalAnswer(route, activity, parameters);
        if (scripted is { StatusCode: >= 200 and < 300 })
        {
            answer = answer with { Status = scripted.StatusCode };
        }

        call = call with
        {
            ResponseStatus = answer.Status,
            ResponseId = answer.Status is >= 200 and < 300 ? answer.ResponseId : null,
        };

        // Recorded before the answer is written, so a client that has its answer finds its call recorded.
        Record(call, accepted: call.Succeeded ? activity : null);

        var response = context.Response;
        response.StatusCode = answer.Status;
        if (scripted?.RetryAfter is { } retryAfter)
        {
            response.Headers.RetryAfter = retryAfter;
        }

        var responseBody = scripted?.RawBody ?? answer.Body;
        if (!string.IsNullOrEmpty(responseBody))
        {
            response.ContentType = scripted?.RawBody is not null && scripted.ContentType is not null ? scripted.ContentType : JsonContentType;
            await response.WriteAsync(responseBody, context.RequestAborted);
        }
    }

    private static (Activity? Activity, ConversationParameters? Parameters) Parse(ConnectorOperation operation, string body)
    {
        switch (operation)
        {
            case ConnectorOperation.SendToConversation or ConnectorOperation.ReplyToActivity or ConnectorOperation.UpdateActivity:
                return (TryParse<Activity>(body, out var activity) ? activity : null, null);
            case ConnectorOperation.CreateConversation:
                return TryParse<ConversationParameters>(body, out var parameters) ? (parameters.Activity, parameters) : (null, null);
            default:
                return (null, null);
        }
    }

    private Answer NormalAnswer(RouteMatch route, Activity? activity, ConversationParameters? parameters)
    {
        switch (route.Operation)
        {
            case ConnectorOperation.Unknown:
                return new Answer(route.MethodNotAllowed ? 405 : 404, ErrorBody("NotFound", "No connector route matches this request."));

            case ConnectorOperation.SendToConversation or ConnectorOperation.ReplyToActivity:
                {
                    if (activity is null)
                    {
                        return BadArgument("The body is not an activity.");
                    }

                    var id = NextId("activity");
                    return new Answer(200, IdBody(id), id);
                }

            case ConnectorOperation.UpdateActivity:
                return activity is null
                    ? BadArgument("The body is not an activity.")
                    : new Answer(200, IdBody(route.ActivityId!), route.ActivityId);

            case ConnectorOperation.DeleteActivity:
                return new Answer(200, string.Empty);

            case ConnectorOperation.CreateConversation:
                {
                    if (parameters is null)
                    {
                        return BadArgument("The body is not a conversation parameters object.");
                    }

                    var conversationId = NextId("conversation");
                    var activityId = activity is null ? null : NextId("activity");
                    var created = new ConversationResourceResponse(conversationId, activityId, ServiceUrl.ToString());
                    return new Answer(200, JsonSerializer.Serialize(created, BotJson.Options), conversationId);
                }

            case ConnectorOperation.GetConversationMembers:
                return new Answer(200, "[]");

            case ConnectorOperation.GetConversationPagedMembers:
                return new Answer(200, """{"members":[]}""");

            default:
                throw new InvalidOperationException($"Unhandled operation {route.Operation}.");
        }
    }

    private RouteMatch Route(string method, string rawPath)
    {
        if (!rawPath.StartsWith(_pathBase + "/", StringComparison.Ordinal))
        {
            return RouteMatch.None;
        }

        var segments = rawPath[(_pathBase.Length + 1)..].Split('/');
        if (segments.Length < 2 || segments[0] != "v3" || segments[1] != "conversations")
        {
            return RouteMatch.None;
        }

        var conversationId = segments.Length > 2 ? Uri.UnescapeDataString(segments[2]) : null;
        var activityId = segments.Length > 4 ? Uri.UnescapeDataString(segments[4]) : null;
        var (operation, expectedMethods) = segments switch
        {
            [_, _] => (Pick(method, HttpMethods.Post, ConnectorOperation.CreateConversation), "POST"),
            [_, _, not "", "activities"] => (Pick(method, HttpMethods.Post, ConnectorOperation.SendToConversation), "POST"),
            [_, _, not "", "activities", not ""] => method switch
            {
                _ when HttpMethods.IsPost(method) => (ConnectorOperation.ReplyToActivity, "POST"),
                _ when HttpMethods.IsPut(method) => (ConnectorOperation.UpdateActivity, "PUT"),
                _ when HttpMethods.IsDelete(method) => (ConnectorOperation.DeleteActivity, "DELETE"),
                _ => (ConnectorOperation.Unknown, "POST, PUT, DELETE"),
            },
            [_, _, not "", "members"] => (Pick(method, HttpMethods.Get, ConnectorOperation.GetConversationMembers), "GET"),
            [_, _, not "", "pagedmembers"] => (Pick(method, HttpMethods.Get, ConnectorOperation.GetConversationPagedMembers), "GET"),
            _ => (ConnectorOperation.Unknown, null),
        };

        return new RouteMatch(operation, conversationId, activityId, MethodNotAllowed: operation == ConnectorOperation.Unknown && expectedMethods is not null);

        static ConnectorOperation Pick(string method, string expected, ConnectorOperation operation) =>
            HttpMethods.Equals(method, expected) ? operation : ConnectorOperation.Unknown;
    }

    private void Record(RecordedCall call, Activity? accepted)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            _calls.Add(call);
            if (accepted is not null)
            {
                _activities.Add(accepted);
            }

            changed = _changed;
            _changed = NewSignal();
        }

        changed.TrySetResult();
    }

    private string DescribeShortfall(int count, TimeSpan timeout)
    {
        lock (_gate)
        {
            var text = new StringBuilder()
                .Append(CultureInfo.InvariantCulture, $"Expected {count} more activities within {timeout}, but {_activities.Count - _consumed} arrived. ")
                .Append(CultureInfo.InvariantCulture, $"Calls received ({_calls.Count}):");
            foreach (var call in _calls)
            {
                text.Append(CultureInfo.InvariantCulture, $"{Environment.NewLine}  {call.Method} {call.Path} -> {call.ResponseStatus}");
            }

            return text.ToString();
        }
    }

    private string NextId(string kind) =>
        string.Create(CultureInfo.InvariantCulture, $"fake-{kind}-{Interlocked.Increment(ref _nextId)}");

    private static bool TryParse<T>(string body, [NotNullWhen(true)] out T? value)
        where T : class
    {
        try
        {
            value = JsonSerializer.Deserialize<T>(body, BotJson.Options);
            return value is not null;
        }
        catch (JsonException)
        {
            value = null;
            return false;
        }
    }

    private static Answer BadArgument(string message) => new(400, ErrorBody("BadArgument", message));

    private static string IdBody(string id) => JsonSerializer.Serialize(new ResourceResponse(id), BotJson.Options);

    private static string ErrorBody(string? code, string message)
    {
        var error = new JsonObject();
        if (code is not null)
        {
            error["code"] = code;
        }

        error["message"] = message;
        return new JsonObject { ["error"] = error }.ToJsonString(BotJson.Options);
    }

    private sealed record RouteMatch(ConnectorOperation Operation, string? ConversationId, string? ActivityId, bool MethodNotAllowed)
    {
        public static RouteMatch None { get; } = new(ConnectorOperation.Unknown, null, null, MethodNotAllowed: false);
    }

    private sealed record Answer(int Status, string Body, string? ResponseId = null);
}
