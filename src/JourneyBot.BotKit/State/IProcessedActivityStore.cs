namespace JourneyBot.BotKit.State;

/// <summary>
/// Remembers which activity ids were handled, so a re-delivered activity (Teams re-sends after ~15 s
/// without an answer) is not handled twice.
/// </summary>
public interface IProcessedActivityStore
{
    /// <summary>Claims the activity; false when it was already claimed (in progress or done).</summary>
    Task<bool> TryBeginAsync(string conversationId, string activityId, CancellationToken cancellationToken);

    /// <summary>Releases a claim after a failed turn so that a re-delivery can try again.</summary>
    Task AbandonAsync(string conversationId, string activityId, CancellationToken cancellationToken);
}
