using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using JourneyBot.BotKit.Schema;
using JourneyBot.Host.Tests.Support;
using JourneyBot.TestSupport.Azurite;
using JourneyBot.TestSupport.Connector;
using JourneyBot.TestSupport.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace JourneyBot.Host.Tests;

/// <summary>
/// Flood protection through /api/messages: per user 3 at once and 6 a minute (a new token every 10 s, full
/// again 30 s after running dry), per conversation generous. Time is a fake clock.
/// </summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private const string Team = "19:team-flood@thread.tacv2";
    private const string PoliteEnglish = "faster than I can keep up";
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private readonly CapturedLogs _logs = new();
    private FakeConnectorServer _connector = null!;
    private BotHostFactory _factory = null!;
    private WebApplicationFactory<Program> _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnectorServer.StartAsync("teams");
        _factory = new BotHostFactory("Development", new Dictionary<string, string?>
        {
            ["Bot:AppId"] = string.Empty,
            ["Storage:ConnectionString"] = await AzuriteServer.GetConnectionStringAsync(),
            ["Storage:TablePrefix"] = TestTablePrefix.Create("ratelimit"),
            ["RateLimits:PerUser:PermitsPerMinute"] = "6",
            ["RateLimits:PerUser:Burst"] = "3",
            ["Reminders:Enabled"] = "false",
        });
        _host = _factory.WithWebHostBuilder(builder => builder
            .ConfigureLogging(logging => logging.AddProvider(_logs))
            .ConfigureTestServices(services => services.AddSingleton<TimeProvider>(_time)));
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        await _factory.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private string ServiceUrl => _connector.ServiceUrl.ToString();

    [Fact]
    public async Task A_flooding_user_gets_one_polite_reply_while_another_user_in_the_chat_is_still_answered()
    {
        for (var i = 0; i < 10; i++)
        {
            using var response = await PostAsync(Activities.ChannelMessage(ServiceUrl, Team, "help", "29:alice", "Alice"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        using (var bob = await PostAsync(Activities.ChannelMessage(ServiceUrl, Team, "help", "29:bob", "Bob")))
        {
            Assert.Equal(HttpStatusCode.OK, bob.StatusCode);
        }

        var sent = _connector.Activities;
        Assert.Equal(4, sent.Count(IsHelpCard));
        var polite = Assert.Single(sent, a => a.Text?.Contains(PoliteEnglish, StringComparison.Ordinal) == true);
        Assert.Contains("about 30 seconds", polite.Text, StringComparison.Ordinal);
        Assert.Contains("Nothing you sent before that was lost", polite.Text, StringComparison.Ordinal);
        Assert.Equal("29:alice", polite.Recipient?.Id);
        Assert.True(IsHelpCard(sent[^1]), "Bob's help card comes after Alice's flood");
        var warning = Assert.Single(_logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("rate limit", StringComparison.Ordinal));
        Assert.Equal("User", warning.Values["Scope"]);
    }

    [Fact]
    public async Task After_waiting_the_user_is_served_again_and_a_new_flood_gets_a_new_reply()
    {
        for (var i = 0; i < 5; i++)
        {
            (await PostAsync(Activities.ChannelMessage(ServiceUrl, Team, "help", "29:alice", "Alice"))).Dispose();
        }

        _time.Advance(TimeSpan.FromSeconds(30));
        for (var i = 0; i < 5; i++)
        {
            (await PostAsync(Activities.ChannelMessage(ServiceUrl, Team, "help", "29:alice", "Alice"))).Dispose();
        }

        var sent = _connector.Activities;
        Assert.Equal(6, sent.Count(IsHelpCard));
        Assert.Equal(2, sent.Count(a => a.Text?.Contains(PoliteEnglish, StringComparison.Ordinal) == true));
    }

    [Fact]
    public async Task A_refused_activity_is_not_claimed_so_sending_it_again_later_is_handled()
    {
        for (var i = 0; i < 3; i++)
        {
            (await PostAsync(Activities.PersonalMessage(ServiceUrl, "a:resend", "help"))).Dispose();
        }

        var refused = Activities.PersonalMessage(ServiceUrl, "a:resend", "help", id: "refused-then-resent");
        (await PostAsync(refused)).Dispose();
        Assert.Equal(3, _connector.Activities.Count(IsHelpCard));

        _time.Advance(TimeSpan.FromSeconds(10));
        (await PostAsync(refused)).Dispose();

        Assert.Equal(4, _connector.Activities.Count(IsHelpCard));
    }

    [Fact]
    public async Task Refused_invokes_carry_the_message_in_their_response_and_nothing_else_is_sent()
    {
        var answers = new List<JsonNode>();
        for (var i = 0; i < 6; i++)
        {
            using var response = await PostAsync(HelpButton("a:invokes", "zh-CN"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            answers.Add(JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
        }

        var refused = answers.Skip(3).ToList();
        Assert.All(refused, a => Assert.Equal("application/vnd.microsoft.activity.message", a["type"]!.GetValue<string>()));
        Assert.All(refused, a => Assert.Contains("请等大约 30 秒", a["value"]!.GetValue<string>(), StringComparison.Ordinal));
        Assert.Equal(3, _connector.Activities.Count(IsHelpCard));
        Assert.DoesNotContain(_connector.Activities, a => a.Text?.Contains("请等大约", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Membership_updates_do_not_count()
    {
        for (var i = 0; i < 5; i++)
        {
            var update = Activities.PersonalMessage(ServiceUrl, "a:members", string.Empty);
            update["type"] = "conversationUpdate";
            update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:someone" });
            (await PostAsync(update)).Dispose();
        }

        for (var i = 0; i < 3; i++)
        {
            (await PostAsync(Activities.PersonalMessage(ServiceUrl, "a:members", "help"))).Dispose();
        }

        Assert.Equal(3, _connector.Activities.Count(IsHelpCard));
        Assert.DoesNotContain(_connector.Activities, a => a.Text?.Contains(PoliteEnglish, StringComparison.Ordinal) == true);
    }

    private static bool IsHelpCard(Activity activity) =>
        activity.Attachments is [{ ContentType: Attachment.AdaptiveCardContentType }];

    private JsonObject HelpButton(string conversation, string locale)
    {
        var invoke = Activities.PersonalMessage(ServiceUrl, conversation, string.Empty);
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke["locale"] = locale;
        invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "run", ["data"] = new JsonObject { ["command"] = "help" } } };
        return invoke;
    }

    private Task<HttpResponseMessage> PostAsync(JsonObject activity) =>
        _client.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
}
