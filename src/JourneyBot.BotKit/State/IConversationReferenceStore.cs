using JourneyBot.BotKit.Schema;

namespace JourneyBot.BotKit.State;

/// <summary>Conversation references saved from authenticated inbound activities, for proactive messages.</summary>
public interface IConversationReferenceStore
{
    Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken);

    Task<ConversationReference?> GetAsync(string? tenantId, string conversationId, CancellationToken cancellationToken);
}
