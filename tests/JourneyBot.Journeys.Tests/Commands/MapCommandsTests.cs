using System.Text.Json.Nodes;
using JourneyBot.BotKit.Schema;
using JourneyBot.Cards.Validation;
using JourneyBot.Journeys.Sharing;
using JourneyBot.Journeys.Tests.Support;
using JourneyBot.TestSupport.Transcripts;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Journeys.Tests.Commands;

public sealed class MapCommandsTests(JourneyBotTestHost host) : IClassFixture<JourneyBotTestHost>
{
    [Fact]
    public async Task The_map_card_links_to_the_map_page_with_a_link_that_opens_this_map()
    {
        var chat = host.Personal();
        var mapId = await chat.CreateMapAsync("Checkout");

        var card = Assert.Single((await chat.SendAsync("show map")).Cards());

        var open = card["actions"]!.AsArray().Single(a => (string?)a!["type"] == "Action.OpenUrl")!;
        Assert.Equal("Open the map page", (string?)open["title"]);
        var url = new Uri((string)open["url"]!);
        Assert.Equal($"{JourneyBotTestHost.PublicBaseUrl}maps/{mapId}/view", url.GetLeftPart(UriPartial.Path));
        Assert.EndsWith("&lang=en", url.Query, StringComparison.Ordinal);     // the page in the asker's language
        var grant = host.Services.GetRequiredService<IMapLinks>().Verify(mapId, MapLinkPurpose.View, url.Query["?t=".Length..].Split('&')[0]);
        Assert.NotNull(grant);
        Assert.Equal("Checkout", (await host.Maps.GetAsync(grant.Scope, mapId, CancellationToken.None))?.Name);
    }

    [Fact]
    public async Task Maps_lists_the_maps_of_this_chat_and_marks_the_current_one()
    {
        var chat = host.Personal();
        (await chat.SendAsync("maps")).ShouldSay("There is no map here yet.");
        var first = await chat.CreateMapAsync("Checkout");
        host.Time.Advance(TimeSpan.FromMinutes(3));
        var second = await chat.CreateMapAsync("Returns");

        (await chat.SendAsync("maps"))
            .ShouldSay("Maps here (2):")
            .ShouldSay($"1. **Checkout** (id `{first}`) · stages: 5 · lanes: 1\n")
            .ShouldSay($"2. **Returns** (id `{second}`) · stages: 5 · lanes: 1 (your current map)");
    }

    [Fact]
    public async Task Use_switches_by_name_or_id_and_explains_misses()
    {
        var chat = host.Personal();
        var checkout = await chat.CreateMapAsync("Checkout");
        await chat.CreateMapAsync("Checkout returns");

        (await chat.SendAsync("use")).ShouldSay("Which map?");
        (await chat.SendAsync("use Warranty")).ShouldSay("I could not find a map called “Warranty”.");
        (await chat.SendAsync("use check")).ShouldSay("“check” matches several maps");
        (await chat.SendAsync("use CHECKOUT")).ShouldSay("**Checkout** is now your current map.");
        Assert.Contains("Checkout", Assert.Single((await chat.SendAsync("show map")).Cards()).TextBlocks());
        (await chat.SendAsync($"use {checkout.ToUpperInvariant()}")).ShouldSay("**Checkout** is now your current map.");
    }

    [Fact]
    public async Task Another_persons_choice_of_map_does_not_change_mine()
    {
        var chat = host.TeamChannel();
        await chat.CreateMapAsync("Alice's map");
        await chat.CreateMapAsync("Second map");

        (await chat.SendAsync("show map", TestConversation.Bob)).ShouldSay("There are several maps here.");
        await chat.SendAsync("use Alice's map", TestConversation.Bob);

        Assert.Contains("Second map", Assert.Single((await chat.SendAsync("show map", TestConversation.Alice)).Cards()).TextBlocks());
        Assert.Contains("Alice's map", Assert.Single((await chat.SendAsync("show map", TestConversation.Bob)).Cards()).TextBlocks());
    }

    [Fact]
    public async Task Maps_belong_to_the_team_so_every_channel_thread_sees_them()
    {
        var team = $"19:team-{Guid.NewGuid():N}@thread.tacv2";
        var first = host.TeamChannel(team, rootMessageId: "1");
        await first.CreateMapAsync("Team map");
        var otherThread = host.TeamChannel(team, rootMessageId: "2");

        Assert.Contains("Team map", Assert.Single((await otherThread.SendAsync("show map", TestConversation.Bob)).Cards()).TextBlocks());
        (await host.TeamChannel().SendAsync("show map")).ShouldSay("There is no map here yet.");
    }

    [Fact]
    public async Task Help_is_a_valid_card_listing_the_commands()
    {
        var chat = host.Personal();

        var card = Assert.Single((await chat.SendAsync("help")).Cards());

        Assert.True(CardValidator.Check(card).IsValid, string.Join("; ", CardValidator.Check(card).Problems));
        var texts = card.TextBlocks();
        foreach (var command in new[] { "new map", "add stage", "maps", "use <…>", "show map", "help", "cancel" })
        {
            Assert.Contains(command, texts);
        }
    }

    [Fact]
    public async Task Unknown_and_empty_messages_get_a_hint_not_silence()
    {
        var chat = host.TeamChannel();

        (await chat.SendAsync("what's the weather")).ShouldSay("Sorry, I don't know “what's the weather”. Type **help**");
        (await chat.SendAsync("")).ShouldSay("Type **help** to see what I can do.");
        (await chat.SendAsync(new string('x', 10_000))).ShouldSay($"Sorry, I don't know “{new string('x', 60)}”.");
        (await chat.SendAsync("cancel")).ShouldSay("There is nothing to cancel.");
    }

    [Fact]
    public async Task Lone_surrogate_halves_in_a_message_are_ignored_not_an_error()
    {
        var chat = host.Personal();

        var replies = await chat.SendAsync("hel\ud800p");

        Assert.Single(replies.Cards());
        (await chat.SendAsync("\udc00")).ShouldSay("Type **help** to see what I can do.");
    }

    [Fact]
    public async Task A_card_button_runs_its_command_even_in_the_middle_of_a_question()
    {
        var chat = host.Personal();
        await chat.SendAsync("new map");

        var replies = await chat.SubmitAsync(new JsonObject { ["command"] = "help" });

        Assert.Single(replies.Cards());
        (await chat.SendAsync("Named after the button")).ShouldSay("Sorry, I don't know");
    }

    [Fact]
    public async Task Adding_the_bot_to_a_team_says_welcome_with_a_card_and_remembers_the_conversation()
    {
        var chat = host.TeamChannel();
        var update = chat.NewActivity(ActivityTypes.ConversationUpdate) with { MembersAdded = [TestConversation.Bot] };

        var replies = await chat.DeliverAsync(update);

        var card = Assert.Single(replies.Cards());
        Assert.Contains("Hi, I'm JourneyBot", card.TextBlocks());
        Assert.Contains("In a channel or group chat, @mention me first.", card.TextBlocks());
        var references = (BotKit.State.IConversationReferenceStore)host.Services.GetService(typeof(BotKit.State.IConversationReferenceStore))!;
        var saved = await references.GetAsync("tenant-1", chat.Conversation.Id!, default);
        Assert.Equal(chat.Conversation.Id, saved!.Conversation!.Id);
    }

    [Fact]
    public async Task Someone_else_joining_gets_no_welcome()
    {
        var chat = host.TeamChannel();
        var update = chat.NewActivity(ActivityTypes.ConversationUpdate) with { MembersAdded = [TestConversation.Bob] };

        Assert.Empty(await chat.DeliverAsync(update));
    }
}
