using System.Text.Json.Nodes;

namespace JourneyBot.TestSupport.Http;

/// <summary>Activity JSON as Teams sends it, for posting to /api/messages.</summary>
public static class Activities
{
    public const string BotId = "28:journeybot-app";
    public const string TenantId = "tenant-host-tests";

    /// <summary>A personal-chat message from Alice.</summary>
    public static JsonObject PersonalMessage(string serviceUrl, string conversationId, string text, string? id = null) => new()
    {
        ["type"] = "message",
        ["id"] = id ?? Guid.NewGuid().ToString("N"),
        ["timestamp"] = "2026-11-20T09:00:00Z",
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = "29:alice", ["name"] = "Alice Chen", ["aadObjectId"] = "aad-alice" },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "JourneyBot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = TenantId },
        ["locale"] = "en-US",
        ["text"] = text,
        ["textFormat"] = "plain",
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
    };

    /// <summary>A message in a team channel thread that @mentions the bot, from <paramref name="userId"/>.</summary>
    public static JsonObject ChannelMessage(string serviceUrl, string teamId, string text, string userId = "29:bob", string userName = "Bob Müller")
    {
        var channel = $"{teamId}-general";
        return new JsonObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl,
            ["from"] = new JsonObject { ["id"] = userId, ["name"] = userName },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "JourneyBot" },
            ["conversation"] = new JsonObject { ["id"] = $"{channel};messageid=17000", ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = TenantId },
            ["text"] = $"<at>JourneyBot</at> {text}",
            ["entities"] = new JsonArray(new JsonObject
            {
                ["type"] = "mention",
                ["text"] = "<at>JourneyBot</at>",
                ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "JourneyBot" },
            }),
            ["channelData"] = new JsonObject
            {
                ["team"] = new JsonObject { ["id"] = teamId },
                ["channel"] = new JsonObject { ["id"] = channel },
                ["tenant"] = new JsonObject { ["id"] = TenantId },
            },
        };
    }
}
