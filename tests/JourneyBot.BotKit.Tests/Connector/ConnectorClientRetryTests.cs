using System.Globalization;
using JourneyBot.BotKit.Connector;
using JourneyBot.BotKit.Schema;
using JourneyBot.TestSupport.Connector;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JourneyBot.BotKit.Tests.Connector;

/// <summary>Retries, back-off, Retry-After, final failures and cancellation against a real local connector.</summary>
public sealed class ConnectorClientRetryTests : IAsyncLifetime
{
    // Distinct from every back-off in these tests, so the attempt-timeout timers can be told apart.
    private const string AttemptTimeoutMarker = "00:10:00";
    private static readonly TimeSpan AttemptTimeout = TimeSpan.Parse(AttemptTimeoutMarker, CultureInfo.InvariantCulture);
    private static readonly TimeSpan TestTimeout = TimeSpan.FromSeconds(10);
    private static readonly DateTimeOffset Start = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly ConnectorClientBuilder _builder = new();
    private FakeConnectorServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeConnectorServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Throttled_429_waits_the_Retry_After_seconds_then_succeeds()
    {
        var time = new ObservableTimeProvider(Start);
        using var services = _builder.WithTimeProvider(time).With("AttemptTimeout", AttemptTimeoutMarker).With("BaseDelay", "00:00:01").With("MaxDelay", "00:00:01").BuildServices();
        _server.FailNext(1, 429, "Throttled", retryAfter: "7");

        var send = Send(services);
        var delay = await time.NextTimerAsync(ignore: AttemptTimeout);

        Assert.Equal(TimeSpan.FromSeconds(7), delay);
        Assert.Single(_server.Calls);
        time.Advance(delay);
        var result = await send.WaitAsync(TestTimeout);

        Assert.NotNull(result.Id);
        Assert.Equal([429, 200], _server.Calls.Select(c => c.ResponseStatus));
        var retry = Assert.Single(_builder.Logs.For<ConnectorClient>(), e => e.EventId.Id == 1);
        Assert.Equal(LogLevel.Warning, retry.Level);
        Assert.Equal(429, retry.Values["StatusCode"]);
        Assert.Equal("Throttled", retry.Values["ErrorCode"]);
        Assert.Equal(7000d, retry.Values["DelayMilliseconds"]);
        Assert.Equal(1, retry.Values["Attempt"]);
    }

    [Fact]
    public async Task Retry_After_as_an_http_date_is_waited_until()
    {
        var time = new ObservableTimeProvider(Start);
        using var services = _builder.WithTimeProvider(time).With("AttemptTimeout", AttemptTimeoutMarker).BuildServices();
        _server.FailNext(1, 503, retryAfter: Start.AddSeconds(5).ToString("r", CultureInfo.InvariantCulture));

        var send = Send(services);
        var delay = await time.NextTimerAsync(ignore: AttemptTimeout);
        time.Advance(delay);
        await send.WaitAsync(TestTimeout);

        Assert.Equal(TimeSpan.FromSeconds(5), delay);
        Assert.Equal(2, _server.Calls.Count);
    }

    [Fact]
    public async Task Bad_gateway_then_success_resends_the_same_body_in_a_fresh_request()
    {
        using var services = _builder.WithToken("token-1").BuildServices();
        _server.FailNext(1, 502);

        var result = await Send(services, Activity.CreateMessage("once")).WaitAsync(TestTimeout);

        var calls = _server.Calls;
        Assert.Equal([502, 200], calls.Select(c => c.ResponseStatus));
        Assert.Equal(calls[0].Body, calls[1].Body);
        Assert.Contains("\"text\":\"once\"", calls[1].Body, StringComparison.Ordinal);
        Assert.All(calls, c => Assert.Equal("Bearer token-1", c.Authorization));
        Assert.Equal(calls[1].ResponseId, result.Id);
        Assert.Equal("once", Assert.Single(_server.Activities).Text);
    }

    [Theory]
    [InlineData(412)]
    [InlineData(429)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Transient_status_is_retried(int status)
    {
        using var services = _builder.BuildServices();
        _server.FailNext(1, status);

        await Send(services).WaitAsync(TestTimeout);

        Assert.Equal([status, 200], _server.Calls.Select(c => c.ResponseStatus));
    }

    [Fact]
    public async Task Retries_are_bounded_then_ConnectorException_carries_the_last_status()
    {
        using var services = _builder.With("MaxAttempts", "3").BuildServices();
        _server.FailNext(10, 504, "GatewayTimeout");

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Send(services).WaitAsync(TestTimeout));

        Assert.Equal(504, error.StatusCode);
        Assert.Equal("GatewayTimeout", error.ErrorCode);
        Assert.Equal(3, _server.Calls.Count);
        var logs = _builder.Logs.For<ConnectorClient>();
        Assert.Equal(2, logs.Count(e => e.EventId.Id == 1));
        var final = Assert.Single(logs, e => e.EventId.Id == 2);
        Assert.Equal(504, final.Values["StatusCode"]);
        Assert.Equal(3, final.Values["Attempts"]);
    }

    [Fact]
    public async Task MessageWritesBlocked_403_is_not_retried_and_its_code_is_parsed()
    {
        using var services = _builder.BuildServices();
        _server.FailNext(1, 403, "MessageWritesBlocked");

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Send(services).WaitAsync(TestTimeout));

        Assert.Equal(403, error.StatusCode);
        Assert.Equal("MessageWritesBlocked", error.ErrorCode);
        Assert.Contains("MessageWritesBlocked", error.Message, StringComparison.Ordinal);
        Assert.Single(_server.Calls);
        Assert.DoesNotContain(_builder.Logs.For<ConnectorClient>(), e => e.EventId.Id == 1);
    }

    [Theory]
    [InlineData(400, "BadArgument")]
    [InlineData(401, "Unauthorized")]
    [InlineData(403, "BotNotInConversationRoster")]
    [InlineData(404, "ConversationNotFound")]
    [InlineData(413, "MessageSizeTooBig")]
    [InlineData(500, "InternalServerError")]
    public async Task Other_failures_are_not_retried(int status, string code)
    {
        using var services = _builder.BuildServices();
        _server.FailNext(1, status, code, retryAfter: "1");

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Send(services).WaitAsync(TestTimeout));

        Assert.Equal(status, error.StatusCode);
        Assert.Equal(code, error.ErrorCode);
        Assert.Single(_server.Calls);
    }

    [Theory]
    [InlineData(400, "<html><body>Bad Request</body></html>", "text/html")]
    [InlineData(502, "upstream connect error", "text/plain")]
    [InlineData(400, "{\"error\":\"flat string\"}", null)]
    [InlineData(400, "{\"Error\":{\"Code\":\"PascalCase\"}}", null)]
    [InlineData(400, "", null)]
    public async Task Error_bodies_that_are_not_the_connector_shape_are_tolerated(int status, string body, string? contentType)
    {
        using var services = _builder.With("MaxAttempts", "2").BuildServices();
        _server.RespondNext(2, new ScriptedResponse(status) { RawBody = body, ContentType = contentType });

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Send(services).WaitAsync(TestTimeout));

        Assert.Equal(status, error.StatusCode);
        Assert.Equal(body.Contains("PascalCase", StringComparison.Ordinal) ? "PascalCase" : null, error.ErrorCode);
    }

    [Fact]
    public async Task Retry_After_beyond_the_cap_fails_at_once()
    {
        var time = new ObservableTimeProvider(Start);
        using var services = _builder.WithTimeProvider(time).With("MaxRetryAfter", "00:00:10").BuildServices();
        _server.FailNext(1, 429, "Throttled", retryAfter: "120");

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Send(services).WaitAsync(TestTimeout));

        Assert.Equal(429, error.StatusCode);
        Assert.Equal("Throttled", error.ErrorCode);
        Assert.Single(_server.Calls);
        var gaveUp = Assert.Single(_builder.Logs.For<ConnectorClient>(), e => e.EventId.Id == 3);
        Assert.Equal(120d, gaveUp.Values["RetryAfterSeconds"]);
        Assert.Equal(Start, time.GetUtcNow());
    }

    [Fact]
    public async Task Cancellation_during_back_off_throws_OperationCanceledException()
    {
        var time = new ObservableTimeProvider(Start);
        using var services = _builder.WithTimeProvider(time).With("AttemptTimeout", AttemptTimeoutMarker).BuildServices();
        _server.FailNext(1, 429, retryAfter: "20");
        using var cancellation = new CancellationTokenSource();

        var send = Send(services, cancellationToken: cancellation.Token);
        Assert.Equal(TimeSpan.FromSeconds(20), await time.NextTimerAsync(ignore: AttemptTimeout));
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => send.WaitAsync(TestTimeout));
        Assert.Single(_server.Calls);
        Assert.DoesNotContain(_builder.Logs.For<ConnectorClient>(), e => e.EventId.Id == 2);
    }

    [Fact]
    public async Task Cancellation_during_a_request_throws_OperationCanceledException()
    {
        using var services = _builder.BuildServices();
        _server.RespondNext(1, new ScriptedResponse(200) { Delay = TimeSpan.FromSeconds(30) });
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var send = Send(services, cancellationToken: cancellation.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => send.WaitAsync(TestTimeout));
        Assert.DoesNotContain(_builder.Logs.For<ConnectorClient>(), e => e.EventId.Id is 1 or 2);
    }

    [Fact]
    public async Task An_already_cancelled_call_sends_nothing()
    {
        using var services = _builder.BuildServices();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Send(services, cancellationToken: new CancellationToken(canceled: true)));

        Assert.Empty(_server.Calls);
    }

    [Fact]
    public async Task An_attempt_that_times_out_is_retried()
    {
        // Real time: the timeout has to abort a real socket. One scripted slow answer; the retry is fast.
        using var services = _builder.With("AttemptTimeout", "00:00:01").BuildServices();
        _server.RespondNext(1, new ScriptedResponse(200) { Delay = TimeSpan.FromSeconds(30) });

        var result = await Send(services).WaitAsync(TestTimeout);

        Assert.NotNull(result.Id);
        var retry = Assert.Single(_builder.Logs.For<ConnectorClient>(), e => e.EventId.Id == 1);
        Assert.Equal(0, retry.Values["StatusCode"]);
        Assert.IsType<TimeoutException>(retry.Exception);
    }

    [Fact]
    public async Task A_refused_connection_is_retried_then_reported_with_status_0()
    {
        var closed = await FakeConnectorServer.StartAsync();
        var serviceUrl = closed.ServiceUrl;
        await closed.DisposeAsync();
        using var services = _builder.With("MaxAttempts", "3").BuildServices();

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => Client(services).SendToConversationAsync(serviceUrl, "a:conv", Activity.CreateMessage("x"), CancellationToken.None).WaitAsync(TestTimeout));

        Assert.Equal(0, error.StatusCode);
        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Equal(2, _builder.Logs.For<ConnectorClient>().Count(e => e.EventId.Id == 1));
    }

    [Fact]
    public async Task Jittered_back_off_stays_below_a_doubling_ceiling()
    {
        var time = new ObservableTimeProvider(Start);
        using var services = _builder.WithTimeProvider(time)
            .With("AttemptTimeout", AttemptTimeoutMarker).With("BaseDelay", "00:00:02").With("MaxDelay", "00:00:03").With("MaxAttempts", "4")
            .BuildServices();
        _server.FailNext(3, 502);

        var send = Send(services);
        var delays = new List<TimeSpan>();
        for (var retry = 0; retry < 3; retry++)
        {
            var delay = await time.NextTimerAsync(ignore: AttemptTimeout);
            delays.Add(delay);
            time.Advance(delay);
        }

        await send.WaitAsync(TestTimeout);
        Assert.InRange(delays[0], TimeSpan.Zero, TimeSpan.FromSeconds(2));
        Assert.InRange(delays[1], TimeSpan.Zero, TimeSpan.FromSeconds(3));
        Assert.InRange(delays[2], TimeSpan.Zero, TimeSpan.FromSeconds(3));
        Assert.Equal(4, _server.Calls.Count);
    }

    [Fact]
    public async Task The_token_never_appears_in_logs()
    {
        const string Token = "eyJhbGciOiJSUzI1NiJ9.secret-payload.signature";
        using var services = _builder.WithToken(Token).BuildServices();
        _server.FailNext(1, 429);
        _server.FailNext(1, 401, "Unauthorized");

        await Assert.ThrowsAsync<ConnectorException>(() => Send(services).WaitAsync(TestTimeout));

        Assert.All(_server.Calls, c => Assert.Equal($"Bearer {Token}", c.Authorization));
        var logs = _builder.Logs.Entries;
        Assert.NotEmpty(logs);
        Assert.All(logs, entry =>
        {
            Assert.DoesNotContain("secret-payload", entry.Message, StringComparison.Ordinal);
            Assert.All(entry.Values.Values, value => Assert.DoesNotContain("secret-payload", value?.ToString() ?? string.Empty, StringComparison.Ordinal));
        });
    }

    private static IConnectorClient Client(IServiceProvider services) => services.GetRequiredService<IConnectorClient>();

    private Task<ResourceResponse> Send(IServiceProvider services, Activity? activity = null, CancellationToken cancellationToken = default) =>
        Client(services).SendToConversationAsync(_server.ServiceUrl, "a:conv", activity ?? Activity.CreateMessage("x"), cancellationToken);
}
