using JourneyBot.BotKit.Schema;
using JourneyBot.TestSupport.Transcripts;

namespace JourneyBot.Journeys.Tests.Support;

/// <summary>Common conversation openings.</summary>
public static class Transcripts
{
    /// <summary>Creates a map through the new-map dialog and returns its id (from the confirmation).</summary>
    public static async Task<string> CreateMapAsync(this TestConversation chat, string name, string template = "1", string persona = "First-time small-business buyer", string goal = "Why do trial users not convert?", ChannelAccount? from = null)
    {
        await chat.SendAsync("new map", from);
        await chat.SendAsync(name, from);
        await chat.SendAsync(persona, from);
        await chat.SendAsync(goal, from);
        var created = await chat.SendAsync(template, from);
        var text = created.ShouldSay(name).Text();
        var start = text.IndexOf('`', StringComparison.Ordinal) + 1;
        return text[start..text.IndexOf('`', start)];
    }
}
