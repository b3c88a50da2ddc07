namespace JourneyBot.TestSupport.Playground;

/// <summary>A message to send into a Playground conversation.</summary>
/// <param name="ConversationId">A chat, a channel (starts a new post) or a thread (<c>channel;messageid=root</c>: a reply).</param>
/// <param name="Text">Plain text; the bot's mention is added in group chats and channels unless <see cref="MentionBot"/> says otherwise.</param>
public sealed record PlaygroundOutgoingMessage(string ConversationId, string Text)
{
    /// <summary>The sender; the Playground's current user when null. Others are sent as custom activities.</summary>
    public string? FromUserId { get; init; }

    /// <summary>Whether to @mention the bot; by default only outside the personal chat, as Teams requires.</summary>
    public bool? MentionBot { get; init; }

    /// <summary>Users to @mention besides the bot; their <c>&lt;at&gt;Name&lt;/at&gt;</c> is appended to the text.</summary>
    public IReadOnlyList<string> MentionUserIds { get; init; } = [];

    /// <summary>
    /// The sender's client locale (BCP 47, e.g. <c>zh-CN</c>); null for the Playground's own, <c>en-US</c>. The
    /// Playground (0.2.x) writes <c>locale: "en-US"</c> into every message, invoke and install activity it builds and
    /// has no setting for it (neither in playground.yml nor on the command line), so a message with a locale goes
    /// through its custom-activity API, built like the Playground's own, with the locale on the activity and on its
    /// <c>clientInfo</c> entity, as a Teams client in that language sends it.
    /// </summary>
    public string? Locale { get; init; }
}
