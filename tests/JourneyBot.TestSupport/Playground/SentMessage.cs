namespace JourneyBot.TestSupport.Playground;

/// <summary>A message sent into the Playground.</summary>
/// <param name="ConversationId">
/// Where the message is and the bot answers: the chat, or for a new post in a channel the thread
/// it started (<c>channel;messageid=root</c>).
/// </param>
/// <param name="MessageId">The Playground's message id (for a custom activity: the activity's id).</param>
/// <param name="Text">The text as the bot receives it, mention markup included.</param>
/// <param name="ActivityId">
/// The activity id the bot receives, when known: only for custom activities. The Playground gives
/// ordinary messages a fresh GUID as activity id, not their message id.
/// </param>
public sealed record SentMessage(string ConversationId, string MessageId, string Text, string? ActivityId = null);
