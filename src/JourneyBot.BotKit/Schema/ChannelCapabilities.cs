namespace JourneyBot.BotKit.Schema;

/// <summary>What a channel can show, by its <see cref="Activity.ChannelId"/>.</summary>
public static class ChannelCapabilities
{
    // Teams, Web Chat and Direct Line clients, the Bot Framework Emulator, and the Microsoft 365 Agents
    // Playground (which calls itself "agents" unless told to pose as another channel). SMS, email,
    // Telegram, Slack and the rest get text: a card there is dropped or flattened badly.
    private static readonly HashSet<string> AdaptiveCardChannels =
        new(["msteams", "webchat", "directline", "emulator", "agents"], StringComparer.OrdinalIgnoreCase);

    /// <summary>True when the channel renders Adaptive Cards; false for unknown or missing channels.</summary>
    public static bool SupportsAdaptiveCards(string? channelId) =>
        channelId is not null && AdaptiveCardChannels.Contains(channelId);
}
