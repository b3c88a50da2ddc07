using JourneyBot.BotKit.Schema;
using JourneyBot.BotKit.State;

namespace JourneyBot.BotKit.Dialogs;

/// <summary>
/// Whose dialog stack a turn uses: the conversation without its Teams thread suffix (so an answer
/// posted as a new message in the channel still finds the dialog) and the sender. Two people in one
/// channel never share a stack.
/// </summary>
public static class DialogStateKeys
{
    public static StateKey For(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversation = TeamsChannelData.ConversationWithoutThread(activity.Conversation?.Id) ?? string.Empty;
        var user = activity.From?.Id ?? string.Empty;
        return new StateKey($"{activity.ChannelId}|{conversation}", user);
    }
}
