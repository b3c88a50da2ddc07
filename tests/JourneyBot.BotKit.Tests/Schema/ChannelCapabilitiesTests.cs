using JourneyBot.BotKit.Schema;

namespace JourneyBot.BotKit.Tests.Schema;

public sealed class ChannelCapabilitiesTests
{
    [Theory]
    [InlineData("msteams")]
    [InlineData("webchat")]
    [InlineData("directline")]
    [InlineData("emulator")]
    [InlineData("agents")]
    [InlineData("MSTeams")]
    public void Teams_web_chat_the_emulator_and_the_playground_render_adaptive_cards(string channelId) =>
        Assert.True(ChannelCapabilities.SupportsAdaptiveCards(channelId));

    [Theory]
    [InlineData("sms")]
    [InlineData("email")]
    [InlineData("telegram")]
    [InlineData("slack")]
    [InlineData("")]
    [InlineData(null)]
    public void Text_channels_and_unknown_channels_do_not(string? channelId) =>
        Assert.False(ChannelCapabilities.SupportsAdaptiveCards(channelId));
}
