using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using JourneyBot.BotKit.Schema;
using JourneyBot.Host.Tests.Support;
using JourneyBot.TestSupport.Azurite;
using JourneyBot.TestSupport.Connector;
using JourneyBot.TestSupport.Http;
using JourneyBot.TestSupport.Transcripts;

namespace JourneyBot.Host.Tests;

/// <summary>POST /api/messages in local-development mode (no app id), with a fake connector recording replies.</summary>
public sealed class ProtocolEndpointTests : IAsyncLifetime
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(15);
    private readonly string _tablePrefix = TestTablePrefix.Create("host");
    private FakeConnectorServer _connector = null!;
    private BotHostFactory _host = null!;
    private HttpClient _client = null!;
    private string _storage = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnectorServer.StartAsync("teams");
        _storage = await AzuriteServer.GetConnectionStringAsync();
        StartHost();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private string ServiceUrl => _connector.ServiceUrl.ToString();

    [Theory]
    [InlineData("", "Request body is empty.")]
    [InlineData("{", "Malformed activity JSON")]
    [InlineData("not json at all", "Malformed activity JSON")]
    [InlineData("null", "The body must be an activity object.")]
    [InlineData("[1,2,3]", "Malformed activity JSON")]
    [InlineData("\"message\"", "Malformed activity JSON")]
    [InlineData("""{"conversation":{"id":"c"},"serviceUrl":"https://x.example/"}""", "The activity has no type.")]
    [InlineData("""{"type":"message","serviceUrl":"https://x.example/"}""", "The activity has no conversation.id.")]
    [InlineData("""{"type":"message","conversation":{"id":""},"serviceUrl":"https://x.example/"}""", "The activity has no conversation.id.")]
    [InlineData("""{"type":"message","conversation":{"id":"c"}}""", "The activity has no serviceUrl.")]
    [InlineData("""{"type":"message","conversation":{"id":"c"},"serviceUrl":"ftp://x.example/"}""", "not an absolute http(s) URL")]
    [InlineData("""{"type":"message","conversation":{"id":"c"},"serviceUrl":"/relative"}""", "not an absolute http(s) URL")]
    [InlineData("""{"type":5,"conversation":{"id":"c"},"serviceUrl":"https://x.example/"}""", "Malformed activity JSON")]
    [InlineData("""{"type":"message","conversation":"c","serviceUrl":"https://x.example/"}""", "Malformed activity JSON")]
    [InlineData("""{"type":"message","conversation":{"id":"c"},"serviceUrl":"https://x.example/","timestamp":"yesterday"}""", "Malformed activity JSON")]
    public async Task Malformed_activities_get_400_with_a_reason(string body, string reason)
    {
        using var response = await _client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!;
        Assert.Equal("BadRequest", error["code"]!.GetValue<string>());
        Assert.Contains(reason, error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task A_one_megabyte_body_gets_413()
    {
        var activity = Activities.PersonalMessage(ServiceUrl, "a:big", new string('x', 1024 * 1024));

        using var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task Help_answers_200_and_the_card_goes_to_the_connector()
    {
        using var response = await PostAsync(Activities.PersonalMessage(ServiceUrl, "a:help-chat", "help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, response.Content.Headers.ContentLength ?? 0);
        var sent = Assert.Single(await _connector.WaitForActivitiesAsync(1, ReplyTimeout));
        Assert.Equal(Attachment.AdaptiveCardContentType, sent.Attachments![0].ContentType);
        var call = _connector.Calls.Single();
        Assert.Equal("a:help-chat", call.ConversationId);
        Assert.NotNull(call.ActivityId);
        Assert.Null(call.Authorization);
    }

    [Fact]
    public async Task A_team_channel_conversation_creates_a_map_that_survives_a_restart()
    {
        var team = $"19:team-{Guid.NewGuid():N}@thread.tacv2";
        string[] answers = ["new map", "Field service", "Facilities manager", "Where do repair visits fail?", "3"];
        foreach (var text in answers)
        {
            await SayInChannelAsync(team, text);
        }

        await SayInChannelAsync(team, "add stage Follow-up");
        var positionReply = await SayInChannelAsync(team, "end");
        Assert.Contains("Added stage **Follow-up**", positionReply.Text(), StringComparison.Ordinal);

        await RestartHostAsync();

        var card = Assert.Single((await SayInChannelAsync(team, "show map")).Cards());
        var texts = card.TextBlocks();
        Assert.Contains("Field service", texts);
        Assert.Contains("Follow-up", texts);
        Assert.Contains("Backstage", texts);
    }

    [Fact]
    public async Task A_redelivered_activity_is_handled_once()
    {
        var activity = Activities.PersonalMessage(ServiceUrl, "a:redelivery", "new map", id: "same-id-1");

        using var first = await PostAsync(activity);
        using var second = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        await _connector.WaitForActivitiesAsync(1, ReplyTimeout);
        using var next = await PostAsync(Activities.PersonalMessage(ServiceUrl, "a:redelivery", "Named once"));
        var replies = await _connector.WaitForActivitiesAsync(1, ReplyTimeout);
        Assert.Contains("Who is the customer", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(2, _connector.Activities.Count);
    }

    [Fact]
    public async Task Unknown_invokes_get_400_with_a_reason_and_card_actions_get_an_invoke_response()
    {
        var unknown = Activities.PersonalMessage(ServiceUrl, "a:invoke", string.Empty);
        unknown["type"] = "invoke";
        unknown["name"] = "composeExtension/query";
        using var notHandled = await PostAsync(unknown);
        Assert.Equal(HttpStatusCode.BadRequest, notHandled.StatusCode);
        Assert.Contains("composeExtension/query", await notHandled.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var action = Activities.PersonalMessage(ServiceUrl, "a:invoke", string.Empty);
        action["type"] = "invoke";
        action["name"] = "adaptiveCard/action";
        action["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "run", ["data"] = new JsonObject { ["command"] = "help" } } };
        using var ok = await PostAsync(action);

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var body = JsonNode.Parse(await ok.Content.ReadAsStringAsync())!;
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Single(await _connector.WaitForActivitiesAsync(1, ReplyTimeout));
    }

    [Fact]
    public async Task Unknown_activity_types_are_accepted_and_ignored()
    {
        var activity = Activities.PersonalMessage(ServiceUrl, "a:other", "hello");
        activity["type"] = "somethingNew";

        using var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task A_connector_that_keeps_failing_does_not_turn_into_a_500()
    {
        _connector.FailNext(20, 500);

        using var response = await PostAsync(Activities.PersonalMessage(ServiceUrl, "a:down", "help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Health_endpoint_answers()
    {
        using var response = await _client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<IReadOnlyList<Activity>> SayInChannelAsync(string team, string text)
    {
        var before = _connector.Activities.Count;
        using var response = await PostAsync(Activities.ChannelMessage(ServiceUrl, team, text));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        // Replies are sent during the turn, before the 200: everything is in by now.
        return _connector.Activities.Skip(before).ToList();
    }

    private Task<HttpResponseMessage> PostAsync(JsonObject activity)
    {
        var content = new StringContent(activity.ToJsonString(), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return _client.PostAsync("/api/messages", content);
    }

    private void StartHost()
    {
        _host = new BotHostFactory("Development", new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = _storage,
            ["Storage:TablePrefix"] = _tablePrefix,
            ["Bot:AppId"] = string.Empty,
        });
        _client = _host.CreateClient();
    }

    private async Task RestartHostAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        StartHost();
    }
}
