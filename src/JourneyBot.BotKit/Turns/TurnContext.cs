using System.Security.Claims;
using JourneyBot.BotKit.Schema;

namespace JourneyBot.BotKit.Turns;

/// <summary>One turn: the inbound activity, who sent it, and the means to answer.</summary>
public sealed class TurnContext
{
    private readonly IActivitySender _sender;
    private readonly List<Activity> _sent = [];

    public TurnContext(Activity activity, ClaimsIdentity identity, IActivitySender sender)
    {
        ArgumentNullException.ThrowIfNull(activity);
        Activity = activity;
        Identity = identity;
        _sender = sender;
    }

    /// <summary>The inbound activity.</summary>
    public Activity Activity { get; }

    /// <summary>The authenticated caller (anonymous in local development).</summary>
    public ClaimsIdentity Identity { get; }

    /// <summary>Set by the bot to answer an <c>invoke</c> in the same HTTP exchange.</summary>
    public InvokeResponse? InvokeResponse { get; set; }

    /// <summary>
    /// Values the bot keeps for the length of this turn only, by key (e.g. the language it resolved for the sender,
    /// so every reply of the turn uses it without resolving it again).
    /// </summary>
    public IDictionary<string, object> TurnState { get; } = new Dictionary<string, object>(StringComparer.Ordinal);

    /// <summary>Activities sent during this turn, in order.</summary>
    public IReadOnlyList<Activity> SentActivities => _sent;

    /// <summary>Sends a text message into the conversation (as a reply where the channel threads).</summary>
    public Task<ResourceResponse> SendActivityAsync(string text, CancellationToken cancellationToken) =>
        SendActivityAsync(Activity.CreateMessage(text), cancellationToken);

    /// <summary>
    /// Sends <paramref name="activity"/>, filling in the addressing fields from the inbound activity
    /// (conversation, sender, recipient, service URL, channel, reply-to id) where they are not set.
    /// </summary>
    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var outgoing = Address(activity) with { ReplyToId = activity.ReplyToId ?? Activity.Id };
        var response = await _sender.SendAsync(outgoing, cancellationToken);
        _sent.Add(outgoing with { Id = response.Id ?? outgoing.Id });
        return response;
    }

    /// <summary>Replaces a message sent earlier (<paramref name="activity"/>.Id is the message to update).</summary>
    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return _sender.UpdateAsync(Address(activity), cancellationToken);
    }

    /// <summary>Deletes a message sent earlier.</summary>
    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken) =>
        _sender.DeleteAsync(Activity.GetConversationReference(), activityId, cancellationToken);

    private Activity Address(Activity activity) => activity with
    {
        Type = activity.Type ?? ActivityTypes.Message,
        Conversation = activity.Conversation ?? Activity.Conversation,
        From = activity.From ?? Activity.Recipient,
        Recipient = activity.Recipient ?? Activity.From,
        ServiceUrl = activity.ServiceUrl ?? Activity.ServiceUrl,
        ChannelId = activity.ChannelId ?? Activity.ChannelId,
        Locale = activity.Locale ?? Activity.Locale,
    };
}
