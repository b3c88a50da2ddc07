using JourneyBot.BotKit.Schema;
using JourneyBot.Domain.Maps;

namespace JourneyBot.Journeys.Conversations;

/// <summary>
/// Which maps a conversation sees: in a Teams team, the team's (any channel, any thread);
/// elsewhere the conversation's own (group chat, personal chat). Always within one tenant.
/// </summary>
public static class ConversationScopes
{
    private const string NoTenant = "-";

    public static MapScope For(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var tenant = TeamsChannelData.TenantId(activity) ?? NoTenant;
        var team = TeamsChannelData.TeamId(activity);
        var container = team is not null
            ? $"{activity.ChannelId}:team:{team}"
            : $"{activity.ChannelId}:conversation:{TeamsChannelData.ConversationWithoutThread(activity.Conversation?.Id)}";
        return new MapScope(tenant, container);
    }

    /// <summary>The tenant of a scope, or null for a scope made from an activity that named no tenant.</summary>
    public static string? TenantIdOf(MapScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.TenantId == NoTenant ? null : scope.TenantId;
    }

    /// <summary>The person who sent the activity.</summary>
    public static Person SenderOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new Person(activity.From?.Id ?? string.Empty, MapText.CleanName(activity.From?.Name));
    }

    /// <summary>The IANA time zone Teams reports for the sender (the clientInfo entity's <c>timezone</c>), if any.</summary>
    public static string? ClientTimeZone(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Entities?
            .Where(e => string.Equals(e.Type, "clientInfo", StringComparison.OrdinalIgnoreCase) && e.Properties is not null)
            .Select(e => e.Properties!.TryGetValue("timezone", out var zone) && zone.ValueKind == System.Text.Json.JsonValueKind.String ? zone.GetString() : null)
            .FirstOrDefault(zone => zone is not null);
    }
}
