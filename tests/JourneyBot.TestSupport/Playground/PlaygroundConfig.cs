namespace JourneyBot.TestSupport.Playground;

/// <summary>
/// The mock tenant the Playground serves (<c>GET /_internal/v1/config</c>, field <c>config</c>):
/// the config file reshaped, with the General channel added to the team.
/// </summary>
public sealed record PlaygroundConfig(
    string TenantId,
    PlaygroundBot Bot,
    PlaygroundUser CurrentUser,
    IReadOnlyList<PlaygroundUser> Users,
    PlaygroundChat PersonalChat,
    IReadOnlyList<PlaygroundChat> GroupChats,
    IReadOnlyList<PlaygroundTeam> Teams)
{
    /// <summary>Teams thread ids are <c>&lt;channel id&gt;;messageid=&lt;root post id&gt;</c>.</summary>
    public const string ThreadMarker = ";messageid=";

    public PlaygroundChat GroupChat => GroupChats[0];

    public PlaygroundTeam Team => Teams[0];

    /// <summary>A user (the current one included) by display name or id.</summary>
    public PlaygroundUser User(string nameOrId) =>
        Users.Append(CurrentUser).FirstOrDefault(u => u.Id == nameOrId || string.Equals(u.Name, nameOrId, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"The Playground has no user '{nameOrId}'.");

    /// <summary>The conversation id without a thread suffix: the chat or the channel.</summary>
    public static string TopLevelConversationId(string conversationId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var marker = conversationId.IndexOf(ThreadMarker, StringComparison.Ordinal);
        return marker < 0 ? conversationId : conversationId[..marker];
    }

    /// <summary>What kind of conversation an id (a chat, a channel or a thread in a channel) belongs to.</summary>
    public PlaygroundConversationKind KindOf(string conversationId)
    {
        var topLevel = TopLevelConversationId(conversationId);
        if (topLevel == PersonalChat.Id)
        {
            return PlaygroundConversationKind.Personal;
        }

        if (GroupChats.Any(c => c.Id == topLevel))
        {
            return PlaygroundConversationKind.GroupChat;
        }

        if (Teams.Any(t => t.Channels.Any(c => c.Id == topLevel)))
        {
            return PlaygroundConversationKind.Channel;
        }

        throw new KeyNotFoundException($"'{conversationId}' is not a conversation of this Playground.");
    }
}
