using JourneyBot.BotKit.Connector;
using JourneyBot.BotKit.Schema;

namespace JourneyBot.BotKit.Turns;

/// <summary>Sends a turn's activities through the Bot Connector REST API.</summary>
internal sealed class ConnectorActivitySender(IConnectorClient connector) : IActivitySender
{
    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        var (serviceUrl, conversationId) = Target(activity.ServiceUrl, activity.Conversation);
        return string.IsNullOrEmpty(activity.ReplyToId)
            ? connector.SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken)
            : connector.ReplyToActivityAsync(serviceUrl, conversationId, activity.ReplyToId, activity, cancellationToken);
    }

    public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        var (serviceUrl, conversationId) = Target(activity.ServiceUrl, activity.Conversation);
        var id = activity.Id ?? throw new ArgumentException("The activity to update needs an id.", nameof(activity));
        return connector.UpdateActivityAsync(serviceUrl, conversationId, id, activity, cancellationToken);
    }

    public Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken)
    {
        var (serviceUrl, conversationId) = Target(reference.ServiceUrl, reference.Conversation);
        return connector.DeleteActivityAsync(serviceUrl, conversationId, activityId, cancellationToken);
    }

    private static (Uri ServiceUrl, string ConversationId) Target(string? serviceUrl, ConversationAccount? conversation)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri))
        {
            throw new InvalidOperationException("The activity has no valid service URL.");
        }

        var conversationId = conversation?.Id;
        if (string.IsNullOrEmpty(conversationId))
        {
            throw new InvalidOperationException("The activity has no conversation id.");
        }

        return (uri, conversationId);
    }
}
