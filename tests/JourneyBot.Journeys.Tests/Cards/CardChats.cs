using JourneyBot.Journeys.Tests.Support;
using JourneyBot.TestSupport.Transcripts;

namespace JourneyBot.Journeys.Tests.Cards;

/// <summary>Team channels for the card tests: each its own channel (dialog state is per channel and person) and team.</summary>
internal static class CardChats
{
    /// <summary>
    /// A thread of <paramref name="channelId"/> in team <paramref name="teamId"/>; the same ids give another client of
    /// the same conversation (with its own reply list, so that clicks can be sent at the same moment).
    /// </summary>
    public static TestConversation Channel(JourneyBotTestHost host, string? teamId = null, string? channelId = null)
    {
        var chat = TestConversation.TeamChannel(host.Bot.OnTurnAsync, channelId ?? $"19:{Guid.NewGuid():N}@thread.tacv2");
        chat.ChannelData!["team"]!["id"] = teamId ?? $"19:team-{Guid.NewGuid():N}@thread.tacv2";
        return chat;
    }
}
