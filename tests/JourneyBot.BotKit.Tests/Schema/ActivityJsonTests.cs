using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using JourneyBot.BotKit.Schema;

namespace JourneyBot.BotKit.Tests.Schema;

public sealed class ActivityJsonTests
{
    private const string TeamsMessage = """
        {
          "type": "message",
          "id": "1700000000001",
          "timestamp": "2026-11-20T09:15:00.123Z",
          "localTimestamp": "2026-11-20T10:15:00.123+01:00",
          "localTimezone": "Europe/Berlin",
          "serviceUrl": "https://smba.trafficmanager.net/emea/",
          "channelId": "msteams",
          "from": { "id": "29:1abc", "name": "Alice Chen", "aadObjectId": "00000000-0000-0000-0000-00000000a11c", "userPrincipalName": "alice@contoso.com" },
          "conversation": { "isGroup": true, "conversationType": "channel", "tenantId": "tid-1", "id": "19:abc@thread.tacv2;messageid=1700000000000", "futureField": [1, 2] },
          "recipient": { "id": "28:bot-app-id", "name": "JourneyBot" },
          "textFormat": "plain",
          "locale": "en-US",
          "text": "<at>JourneyBot</at> show map",
          "attachments": [ { "contentType": "text/html", "content": "<div>show map</div>" } ],
          "entities": [
            { "type": "mention", "mentioned": { "id": "28:bot-app-id", "name": "JourneyBot" }, "text": "<at>JourneyBot</at>" },
            { "type": "clientInfo", "locale": "en-US", "country": "US", "platform": "Web", "timezone": "Europe/Berlin" }
          ],
          "channelData": { "teamsChannelId": "19:abc@thread.tacv2", "team": { "id": "19:team@thread.tacv2" }, "channel": { "id": "19:abc@thread.tacv2" }, "tenant": { "id": "tid-1" } },
          "someFutureTopLevelField": { "nested": true, "list": ["a", "b"] }
        }
        """;

    [Fact]
    public void Teams_message_round_trips_with_unknown_fields_intact()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsMessage, BotJson.Options)!;
        var written = JsonNode.Parse(JsonSerializer.Serialize(activity, BotJson.Options))!.AsObject();
        var original = JsonNode.Parse(TeamsMessage)!.AsObject();

        // The same instant may be written as "Z" or "+00:00": compare it as a time, the rest as JSON.
        Assert.Equal(DateTimeOffset.Parse(original["timestamp"]!.GetValue<string>(), CultureInfo.InvariantCulture), DateTimeOffset.Parse(written["timestamp"]!.GetValue<string>(), CultureInfo.InvariantCulture));
        original.Remove("timestamp");
        written.Remove("timestamp");
        Assert.True(JsonNode.DeepEquals(original, written), written.ToJsonString());
    }

    [Fact]
    public void Known_fields_are_read_into_the_model()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsMessage, BotJson.Options)!;

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("19:abc@thread.tacv2;messageid=1700000000000", activity.Conversation!.Id);
        Assert.Equal("channel", activity.Conversation.ConversationType);
        Assert.Equal("alice@contoso.com", activity.From!.Properties!["userPrincipalName"].GetString());
        Assert.True(activity.Entities![0].IsMentionOf("28:bot-app-id"));
        Assert.Equal("19:team@thread.tacv2", TeamsChannelData.TeamId(activity));
        Assert.Equal("tid-1", TeamsChannelData.TenantId(activity));
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 9, 15, 0, 123, TimeSpan.Zero), activity.Timestamp);
    }

    [Fact]
    public void Serialized_activity_uses_camel_case_and_omits_nulls()
    {
        var json = JsonSerializer.Serialize(Activity.CreateMessage("hi") with { ReplyToId = "7" }, BotJson.Options);

        Assert.Equal("""{"type":"message","text":"hi","replyToId":"7"}""", json);
    }

    [Fact]
    public void Conversation_reference_keeps_the_user_bot_and_conversation()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsMessage, BotJson.Options)!;

        var reference = activity.GetConversationReference();
        var roundTripped = JsonSerializer.Deserialize<ConversationReference>(JsonSerializer.Serialize(reference, BotJson.Options), BotJson.Options)!;

        Assert.Equal("29:1abc", roundTripped.User!.Id);
        Assert.Equal("28:bot-app-id", roundTripped.Bot!.Id);
        Assert.Equal("https://smba.trafficmanager.net/emea/", roundTripped.ServiceUrl);
        Assert.Equal("tid-1", roundTripped.Conversation!.TenantId);
        Assert.Equal("[1,2]", roundTripped.Conversation.Properties!["futureField"].GetRawText());
    }

    [Theory]
    [InlineData("19:abc@thread.tacv2;messageid=1700000000000", "19:abc@thread.tacv2")]
    [InlineData("19:abc@thread.tacv2", "19:abc@thread.tacv2")]
    [InlineData("a:1personal", "a:1personal")]
    public void Channel_thread_suffix_is_removed_from_conversation_ids(string id, string expected) =>
        Assert.Equal(expected, TeamsChannelData.ConversationWithoutThread(id));

    [Fact]
    public void Channel_data_of_an_unexpected_shape_reads_as_absent()
    {
        var activity = new Activity { ChannelData = JsonNode.Parse("""{"team": "not-an-object", "tenant": {"id": 42}}""") };

        Assert.Null(TeamsChannelData.TeamId(activity));
        Assert.Null(TeamsChannelData.TenantId(activity));
    }

    [Theory]
    [InlineData("", "tid-from-channel")]
    [InlineData("  ", "tid-from-channel")]
    [InlineData("tid-conversation", "tid-conversation")]
    public void A_blank_conversation_tenant_falls_back_to_the_channel_data(string conversationTenant, string expected)
    {
        var activity = new Activity
        {
            Conversation = new ConversationAccount { Id = "a:1", TenantId = conversationTenant },
            ChannelData = JsonNode.Parse("""{"tenant": {"id": "tid-from-channel"}}"""),
        };

        Assert.Equal(expected, TeamsChannelData.TenantId(activity));
    }
}
