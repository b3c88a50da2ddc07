using JourneyBot.BotKit.Schema;
using JourneyBot.BotKit.Turns;

namespace JourneyBot.BotKit.Tests.Turns;

public sealed class MentionTextTests
{
    private static readonly ChannelAccount Bot = new() { Id = "28:bot", Name = "JourneyBot" };
    private static readonly ChannelAccount Priya = new() { Id = "29:priya", Name = "Priya Nair" };

    [Fact]
    public void Only_the_bots_own_mention_is_removed()
    {
        var activity = new Activity
        {
            Text = "<at>JourneyBot</at> add stage Onboarding owner <at>Priya Nair</at>",
            Recipient = Bot,
            Entities =
            [
                new Entity { Type = "mention", Mentioned = Bot, Text = "<at>JourneyBot</at>" },
                new Entity { Type = "mention", Mentioned = Priya, Text = "<at>Priya Nair</at>" },
            ],
        };

        Assert.Equal("add stage Onboarding owner <at>Priya Nair</at>", MentionText.RemoveBotMention(activity, Bot.Id));
    }

    [Fact]
    public void Mention_in_the_middle_and_non_breaking_spaces_leave_clean_text()
    {
        var activity = new Activity
        {
            Text = "show&nbsp;<at>JourneyBot</at>&nbsp;map ",
            Entities = [new Entity { Type = "mention", Mentioned = Bot, Text = "<at>JourneyBot</at>" }],
        };

        Assert.Equal("show map", MentionText.RemoveBotMention(activity, Bot.Id));
    }

    [Fact]
    public void Mention_without_text_is_found_by_the_bots_name()
    {
        var activity = new Activity
        {
            Text = "<at>JourneyBot</at> help",
            Entities = [new Entity { Type = "mention", Mentioned = Bot }],
        };

        Assert.Equal("help", MentionText.RemoveBotMention(activity, Bot.Id));
    }

    [Fact]
    public void A_person_with_the_bots_display_name_is_not_stripped()
    {
        var impostor = new ChannelAccount { Id = "29:someone", Name = "JourneyBot" };
        var activity = new Activity
        {
            Text = "<at>JourneyBot</at> maps",
            Entities = [new Entity { Type = "mention", Mentioned = impostor, Text = "<at>JourneyBot</at>" }],
        };

        Assert.Equal("<at>JourneyBot</at> maps", MentionText.RemoveBotMention(activity, Bot.Id));
    }

    [Fact]
    public void Text_without_entities_is_only_trimmed()
    {
        Assert.Equal("新建地图 试用转付费", MentionText.RemoveBotMention(new Activity { Text = "  新建地图   试用转付费 " }, Bot.Id));
        Assert.Equal(string.Empty, MentionText.RemoveBotMention(new Activity(), Bot.Id));
    }
}
