using System.Text.Json.Nodes;

namespace JourneyBot.BotKit.Schema;

/// <summary>Reads the Teams-specific parts of <see cref="Activity.ChannelData"/> and conversation ids.</summary>
public static class TeamsChannelData
{
    private const string ThreadMarker = ";messageid=";

    /// <summary>The tenant id from the conversation or, failing that, <c>channelData.tenant.id</c>; a blank one counts as none.</summary>
    public static string? TenantId(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Conversation?.TenantId is { } named && !string.IsNullOrWhiteSpace(named)
            ? named
            : ReadString(activity.ChannelData, "tenant", "id") is { } fromChannel && !string.IsNullOrWhiteSpace(fromChannel) ? fromChannel : null;
    }

    /// <summary>
    /// Every tenant id the activity names (<c>channelData.tenant.id</c> first, then <c>conversation.tenantId</c>),
    /// without blanks or repeats: empty when it names none.
    /// </summary>
    public static IReadOnlyList<string> TenantIds(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        string?[] named = [ReadString(activity.ChannelData, "tenant", "id"), activity.Conversation?.TenantId];
        return [.. named.OfType<string>().Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The Teams team id (<c>channelData.team.id</c>), when the activity comes from a team.</summary>
    public static string? TeamId(Activity activity) => ReadString(activity.ChannelData, "team", "id");

    /// <summary>The Teams channel id (<c>channelData.channel.id</c>), when the activity comes from a channel.</summary>
    public static string? ChannelId(Activity activity) => ReadString(activity.ChannelData, "channel", "id");

    /// <summary>
    /// The conversation id without a Teams thread suffix: in a channel every root post is its own
    /// thread (<c>19:...@thread.tacv2;messageid=123</c>), but the conversation is the channel.
    /// </summary>
    public static string? ConversationWithoutThread(string? conversationId)
    {
        if (conversationId is null)
        {
            return null;
        }

        var marker = conversationId.IndexOf(ThreadMarker, StringComparison.OrdinalIgnoreCase);
        return marker < 0 ? conversationId : conversationId[..marker];
    }

    private static string? ReadString(JsonNode? node, string first, string second)
    {
        try
        {
            return node is JsonObject obj && obj[first] is JsonObject inner && inner[second] is JsonValue value
                && value.TryGetValue<string>(out var text) ? text : null;
        }
        catch (InvalidOperationException)
        {
            // channelData is the channel's free-form object: a wrong shape is simply "absent".
            return null;
        }
    }
}
