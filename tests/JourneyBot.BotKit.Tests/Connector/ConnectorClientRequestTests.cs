using System.Text.Json;
using JourneyBot.BotKit.Connector;
using JourneyBot.BotKit.Schema;
using JourneyBot.TestSupport.Connector;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.BotKit.Tests.Connector;

/// <summary>What goes over the wire for each call, checked against a real local connector.</summary>
public sealed class ConnectorClientRequestTests : IAsyncLifetime
{
    private const string ChannelThread = "19:abc123@thread.tacv2;messageid=1700000000000";
    private const string EscapedChannelThread = "19%3Aabc123%40thread.tacv2%3Bmessageid%3D1700000000000";

    private readonly ConnectorClientBuilder _builder = new();
    private FakeConnectorServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeConnectorServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task SendToConversation_posts_the_activity_as_camelCase_json_without_nulls()
    {
        using var services = _builder.BuildServices();
        var activity = Activity.CreateMessage("Hello, 旅程 🚀") with
        {
            Properties = new() { ["futureField"] = JsonSerializer.SerializeToElement(new { kept = true }) },
        };

        var result = await Client(services).SendToConversationAsync(_server.ServiceUrl, ChannelThread, activity, CancellationToken.None);

        var call = Assert.Single(_server.Calls);
        Assert.Equal(ConnectorOperation.SendToConversation, call.Operation);
        Assert.Equal("POST", call.Method);
        Assert.Equal($"/v3/conversations/{EscapedChannelThread}/activities", call.Path);
        Assert.Equal(ChannelThread, call.ConversationId);
        Assert.Equal("Hello, 旅程 🚀", call.Activity?.Text);
        Assert.Contains("\"type\":\"message\"", call.Body, StringComparison.Ordinal);
        Assert.Contains("\"futureField\":{\"kept\":true}", call.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("null", call.Body, StringComparison.Ordinal);
        Assert.Equal(call.ResponseId, result.Id);
        Assert.NotNull(result.Id);
    }

    [Fact]
    public async Task ReplyToActivity_posts_to_the_activity_path()
    {
        using var services = _builder.BuildServices();

        var result = await Client(services).ReplyToActivityAsync(_server.ServiceUrl, ChannelThread, "1700000000000", Activity.CreateMessage("Reply"), CancellationToken.None);

        var call = Assert.Single(_server.Calls);
        Assert.Equal(ConnectorOperation.ReplyToActivity, call.Operation);
        Assert.Equal("POST", call.Method);
        Assert.Equal($"/v3/conversations/{EscapedChannelThread}/activities/1700000000000", call.Path);
        Assert.Equal("1700000000000", call.ActivityId);
        Assert.Equal("Reply", call.Activity?.Text);
        Assert.Equal(call.ResponseId, result.Id);
    }

    [Fact]
    public async Task UpdateActivity_puts_the_new_version_to_the_activity_path()
    {
        using var services = _builder.BuildServices();
        var card = Activity.CreateCard(new System.Text.Json.Nodes.JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5" }) with { Id = "1:abc" };

        var result = await Client(services).UpdateActivityAsync(_server.ServiceUrl, "a:personal-chat", "1:abc", card, CancellationToken.None);

        var call = Assert.Single(_server.Calls);
        Assert.Equal(ConnectorOperation.UpdateActivity, call.Operation);
        Assert.Equal("PUT", call.Method);
        Assert.Equal("/v3/conversations/a%3Apersonal-chat/activities/1%3Aabc", call.Path);
        Assert.Equal(Attachment.AdaptiveCardContentType, Assert.Single(call.Activity!.Attachments!).ContentType);
        Assert.Equal("1:abc", result.Id);
    }

    [Fact]
    public async Task DeleteActivity_sends_a_delete_without_a_body()
    {
        using var services = _builder.BuildServices();

        await Client(services).DeleteActivityAsync(_server.ServiceUrl, ChannelThread, "1700000000001", CancellationToken.None);

        var call = Assert.Single(_server.Calls);
        Assert.Equal(ConnectorOperation.DeleteActivity, call.Operation);
        Assert.Equal("DELETE", call.Method);
        Assert.Equal($"/v3/conversations/{EscapedChannelThread}/activities/1700000000001", call.Path);
        Assert.Equal(string.Empty, call.Body);
        Assert.Empty(_server.Activities);
    }

    [Fact]
    public async Task CreateConversation_posts_the_parameters_and_returns_the_new_ids()
    {
        using var services = _builder.BuildServices();
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = "28:bot-app-id" },
            Members = [new ChannelAccount { Id = "29:user-id", AadObjectId = "00000000-0000-0000-0000-000000000001" }],
            TenantId = "tenant-1",
            Activity = Activity.CreateMessage("Your review is due"),
        };

        var result = await Client(services).CreateConversationAsync(_server.ServiceUrl, parameters, CancellationToken.None);

        var call = Assert.Single(_server.Calls);
        Assert.Equal(ConnectorOperation.CreateConversation, call.Operation);
        Assert.Equal("POST", call.Method);
        Assert.Equal("/v3/conversations", call.Path);
        Assert.Equal("29:user-id", Assert.Single(call.Parameters!.Members!).Id);
        Assert.Equal("tenant-1", call.Parameters.TenantId);
        Assert.Equal("Your review is due", call.Activity?.Text);
        Assert.Equal(call.ResponseId, result.Id);
        Assert.NotNull(result.ActivityId);
        Assert.Equal(_server.ServiceUrl.ToString(), result.ServiceUrl);
    }

    [Theory]
    [InlineData("19:abc123@thread.tacv2;messageid=1700000000000")]
    [InlineData("a:1Xy-Z_9=@;")]
    [InlineData("29:slash/question?hash#space percent%25 plus+")]
    [InlineData("旅程-会話")]
    public async Task Ids_are_percent_encoded_as_single_path_segments_and_arrive_intact(string id)
    {
        using var services = _builder.BuildServices();

        await Client(services).ReplyToActivityAsync(_server.ServiceUrl, id, id, Activity.CreateMessage("x"), CancellationToken.None);

        var call = Assert.Single(_server.Calls);
        var escaped = Uri.EscapeDataString(id);
        Assert.Equal($"/v3/conversations/{escaped}/activities/{escaped}", call.Path);
        Assert.Equal(id, call.ConversationId);
        Assert.Equal(id, call.ActivityId);
        Assert.Equal(ConnectorOperation.ReplyToActivity, call.Operation);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_service_url_path_is_kept_with_or_without_a_trailing_slash(bool trailingSlash)
    {
        await using var regional = await FakeConnectorServer.StartAsync("amer");
        var serviceUrl = trailingSlash ? regional.ServiceUrl : new Uri(regional.ServiceUrl.ToString().TrimEnd('/'));
        Assert.Equal(trailingSlash, serviceUrl.AbsolutePath.EndsWith('/'));
        using var services = _builder.BuildServices();

        await Client(services).SendToConversationAsync(serviceUrl, "a:conv", Activity.CreateMessage("x"), CancellationToken.None);

        var call = Assert.Single(regional.Calls);
        Assert.Equal("/amer/v3/conversations/a%3Aconv/activities", call.Path);
        Assert.Equal(ConnectorOperation.SendToConversation, call.Operation);
    }

    [Fact]
    public async Task A_bearer_token_is_sent_when_the_provider_returns_one()
    {
        using var services = _builder.WithToken("eyJ.token.sig").BuildServices();

        await Client(services).SendToConversationAsync(_server.ServiceUrl, "a:conv", Activity.CreateMessage("x"), CancellationToken.None);

        Assert.Equal("Bearer eyJ.token.sig", Assert.Single(_server.Calls).Authorization);
        Assert.Equal(_server.ServiceUrl, Assert.Single(_builder.Tokens!.Requests));
    }

    [Fact]
    public async Task No_authorization_header_is_sent_when_the_provider_returns_null()
    {
        using var services = _builder.WithToken(null).BuildServices();

        await Client(services).SendToConversationAsync(_server.ServiceUrl, "a:conv", Activity.CreateMessage("x"), CancellationToken.None);

        Assert.Null(Assert.Single(_server.Calls).Authorization);
    }

    [Theory]
    [InlineData(200, "")]
    [InlineData(201, "")]
    [InlineData(202, "")]
    [InlineData(204, "")]
    [InlineData(200, "   ")]
    [InlineData(200, "null")]
    [InlineData(200, "not json")]
    [InlineData(200, "[1,2]")]
    [InlineData(201, "{\"id\":42}")]
    public async Task An_odd_success_body_gives_a_response_without_an_id(int status, string body)
    {
        _server.RespondNext(1, new ScriptedResponse(status) { RawBody = body });
        using var services = _builder.BuildServices();

        var result = await Client(services).SendToConversationAsync(_server.ServiceUrl, "a:conv", Activity.CreateMessage("x"), CancellationToken.None);

        Assert.Equal(new ResourceResponse(null), result);
        Assert.Single(_server.Calls);
    }

    [Fact]
    public async Task A_201_with_an_id_is_read_like_a_200()
    {
        _server.RespondNext(1, new ScriptedResponse(201) { RawBody = "{\"id\":\"created-1\"}" });
        using var services = _builder.BuildServices();

        var result = await Client(services).SendToConversationAsync(_server.ServiceUrl, "a:conv", Activity.CreateMessage("x"), CancellationToken.None);

        Assert.Equal("created-1", result.Id);
    }

    [Fact]
    public async Task CreateConversation_with_an_empty_success_body_gives_empty_ids()
    {
        _server.RespondNext(1, new ScriptedResponse(200) { RawBody = string.Empty });
        using var services = _builder.BuildServices();

        var result = await Client(services).CreateConversationAsync(_server.ServiceUrl, new ConversationParameters(), CancellationToken.None);

        Assert.Equal(new ConversationResourceResponse(null, null, null), result);
    }

    [Theory]
    [InlineData("/relative/", "a:conv", "1")]
    [InlineData("ftp://example.com/", "a:conv", "1")]
    [InlineData("https://example.com/", "", "1")]
    [InlineData("https://example.com/", "a:conv", "")]
    [InlineData("https://example.com/", "..", "1")]
    [InlineData("https://example.com/", "a:conv", ".")]
    public async Task Invalid_arguments_are_rejected_before_any_request(string serviceUrl, string conversationId, string activityId)
    {
        using var services = _builder.BuildServices();
        var url = new Uri(serviceUrl, UriKind.RelativeOrAbsolute);

        await Assert.ThrowsAnyAsync<ArgumentException>(
            () => Client(services).ReplyToActivityAsync(url, conversationId, activityId, Activity.CreateMessage("x"), CancellationToken.None));

        Assert.Empty(_server.Calls);
        Assert.Empty(_builder.Tokens!.Requests);
    }

    private static IConnectorClient Client(IServiceProvider services) => services.GetRequiredService<IConnectorClient>();
}
