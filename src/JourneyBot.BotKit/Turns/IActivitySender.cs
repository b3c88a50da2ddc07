using JourneyBot.BotKit.Schema;

namespace JourneyBot.BotKit.Turns;

/// <summary>Where a turn's outgoing activities go: the connector in production, a recorder in tests.</summary>
public interface IActivitySender
{
    Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken);

    Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken);

    Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken);
}
