using System.Net;
using System.Text;
using JourneyBot.BotKit.Connector;
using JourneyBot.BotKit.Schema;
using JourneyBot.TestSupport.Connector;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.BotKit.Tests.Connector;

/// <summary>The fake connector behaves as host integration tests will rely on.</summary>
public sealed class FakeConnectorServerTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly ConnectorClientBuilder _builder = new ConnectorClientBuilder().With("MaxAttempts", "1");
    private readonly HttpClient _http = new();
    private FakeConnectorServer _server = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeConnectorServer.StartAsync();
        _services = _builder.BuildServices();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _services.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public void The_service_url_is_a_loopback_url_with_a_trailing_slash()
    {
        Assert.Equal("127.0.0.1", _server.ServiceUrl.Host);
        Assert.NotEqual(0, _server.ServiceUrl.Port);
        Assert.Equal("/", _server.ServiceUrl.AbsolutePath);
    }

    [Fact]
    public async Task WaitForActivities_returns_earlier_arrivals_first_and_never_the_same_activity_twice()
    {
        await SendAsync("one");
        await SendAsync("two");

        var first = await _server.WaitForActivitiesAsync(1, Timeout);
        var pending = _server.WaitForActivitiesAsync(2, Timeout);
        Assert.False(pending.IsCompleted);
        await SendAsync("three");
        var next = await pending;

        Assert.Equal(["one"], first.Select(a => a.Text));
        Assert.Equal(["two", "three"], next.Select(a => a.Text));
        Assert.Equal(3, _server.Activities.Count);
    }

    [Fact]
    public async Task WaitForActivities_times_out_naming_the_calls_it_received()
    {
        _server.FailNext(1, 403, "MessageWritesBlocked");
        await Assert.ThrowsAsync<ConnectorException>(() => SendAsync("blocked"));

        var error = await Assert.ThrowsAsync<TimeoutException>(() => _server.WaitForActivitiesAsync(1, TimeSpan.FromMilliseconds(200)));

        Assert.Contains("/v3/conversations/a%3Aconv/activities -> 403", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failed_calls_are_recorded_but_not_counted_as_sent()
    {
        _server.FailNext(2, 502);
        await Assert.ThrowsAsync<ConnectorException>(() => SendAsync("first try"));
        await Assert.ThrowsAsync<ConnectorException>(() => SendAsync("second try"));
        await SendAsync("third try");

        Assert.Equal([502, 502, 200], _server.Calls.Select(c => c.ResponseStatus));
        Assert.Equal("first try", _server.Calls[0].Activity?.Text);
        Assert.Null(_server.Calls[0].ResponseId);
        Assert.Equal(["third try"], _server.Activities.Select(a => a.Text));
    }

    [Fact]
    public async Task Clear_forgets_calls_activities_and_unused_scripted_answers()
    {
        await SendAsync("before");
        _server.FailNext(5, 429);

        _server.Clear();
        await SendAsync("after");

        Assert.Equal(["after"], _server.Calls.Select(c => c.Activity?.Text));
        Assert.Equal("after", Assert.Single(await _server.WaitForActivitiesAsync(1, Timeout)).Text);
    }

    [Fact]
    public async Task Retry_After_and_error_code_are_sent_as_scripted()
    {
        _server.FailNext(1, 429, "Throttled", retryAfter: "3");

        using var response = await _http.PostAsync(new Uri(_server.ServiceUrl, "v3/conversations/c/activities"), Json("{\"type\":\"message\"}"));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), response.Headers.RetryAfter?.Delta);
        Assert.Equal("{\"error\":{\"code\":\"Throttled\",\"message\":\"Scripted 429 from FakeConnectorServer.\"}}", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("v3/conversations/a%3Aconv/members", "[]", ConnectorOperation.GetConversationMembers)]
    [InlineData("v3/conversations/a%3Aconv/pagedmembers", "{\"members\":[]}", ConnectorOperation.GetConversationPagedMembers)]
    public async Task Member_routes_answer_an_empty_roster(string path, string expected, ConnectorOperation operation)
    {
        using var response = await _http.GetAsync(new Uri(_server.ServiceUrl, path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
        var call = Assert.Single(_server.Calls);
        Assert.Equal(operation, call.Operation);
        Assert.Equal("a:conv", call.ConversationId);
    }

    [Theory]
    [InlineData("GET", "v3/conversations/c/activities", HttpStatusCode.MethodNotAllowed)]
    [InlineData("PATCH", "v3/conversations/c/activities/1", HttpStatusCode.MethodNotAllowed)]
    [InlineData("POST", "v3/conversation/c/activities", HttpStatusCode.NotFound)]
    [InlineData("POST", "api/messages", HttpStatusCode.NotFound)]
    public async Task Unknown_routes_are_recorded_and_refused(string method, string path, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(_server.ServiceUrl, path)) { Content = Json("{}") };

        using var response = await _http.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        var call = Assert.Single(_server.Calls);
        Assert.Equal(ConnectorOperation.Unknown, call.Operation);
        Assert.Empty(_server.Activities);
    }

    [Fact]
    public async Task A_body_that_is_not_an_activity_is_refused_with_BadArgument()
    {
        using var response = await _http.PostAsync(new Uri(_server.ServiceUrl, "v3/conversations/c/activities"), Json("not json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("BadArgument", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(Assert.Single(_server.Calls).Activity);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private Task<ResourceResponse> SendAsync(string text) =>
        _services.GetRequiredService<IConnectorClient>().SendToConversationAsync(_server.ServiceUrl, "a:conv", Activity.CreateMessage(text), CancellationToken.None);
}
