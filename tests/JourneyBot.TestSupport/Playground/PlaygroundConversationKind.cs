namespace JourneyBot.TestSupport.Playground;

/// <summary>Where a Playground conversation lives, which decides how a message must be sent.</summary>
public enum PlaygroundConversationKind
{
    /// <summary>The current user's 1:1 chat with the bot: the bot sees every message.</summary>
    Personal,

    /// <summary>A group chat: the bot only sees messages that @mention it.</summary>
    GroupChat,

    /// <summary>A team channel (or a thread in it): the bot only sees messages that @mention it.</summary>
    Channel,
}
