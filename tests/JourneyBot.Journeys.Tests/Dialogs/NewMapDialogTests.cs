using JourneyBot.Cards.Validation;
using JourneyBot.Domain.Maps;
using JourneyBot.Journeys.Conversations;
using JourneyBot.Journeys.Tests.Support;
using JourneyBot.TestSupport.Transcripts;

namespace JourneyBot.Journeys.Tests.Dialogs;

public sealed class NewMapDialogTests(JourneyBotTestHost host) : IClassFixture<JourneyBotTestHost>
{
    [Fact]
    public async Task New_map_asks_name_persona_goal_and_template_then_shows_the_map()
    {
        var chat = host.Personal();

        (await chat.SendAsync("new map")).ShouldSay("What should the map be called?");
        (await chat.SendAsync("Trial to paid")).ShouldSay("Who is the customer on this journey?");
        (await chat.SendAsync("First-time small-business buyer")).ShouldSay("What should this map help the team answer?");
        (await chat.SendAsync("Why do trial users not convert?"))
            .ShouldSay("Which layout should the map start from?")
            .ShouldSay("1. Customer journey")
            .ShouldSay("4. Blank");
        var created = await chat.SendAsync("1");

        created.ShouldSay("Created **Trial to paid**").ShouldSay("Stages: 5 · lanes: 1");
        var card = Assert.Single(created.Cards());
        Assert.True(CardValidator.Check(card).IsValid, string.Join("; ", CardValidator.Check(card).Problems));
        var texts = card.TextBlocks();
        Assert.Equal(["Awareness", "Consideration", "Purchase", "Use", "Feedback"], texts.Where(t => t is "Awareness" or "Consideration" or "Purchase" or "Use" or "Feedback"));
        Assert.Contains("Trial to paid", texts);

        var stored = Assert.Single(await host.Maps.ListAsync(ConversationScopes.For(chat.NewActivity("message")), default));
        Assert.Equal("First-time small-business buyer", stored.Persona);
        Assert.Equal("Why do trial users not convert?", stored.Goal);
        Assert.Equal(TestConversation.Alice.Name, stored.CreatedBy.Name);
        Assert.Equal(host.Time.GetUtcNow(), stored.CreatedAt);
    }

    [Fact]
    public async Task Service_blueprint_template_chosen_by_name_has_the_five_blueprint_lanes()
    {
        var chat = host.Personal();

        var id = await chat.CreateMapAsync("Broadband install", template: "service blueprint");

        var map = await host.Maps.GetAsync(ConversationScopes.For(chat.NewActivity("message")), id, default);
        Assert.Equal(["Physical evidence", "Customer", "Frontstage", "Backstage", "Support processes"], map!.Lanes.Select(l => l.Name));
        Assert.Equal(LaneKind.Customer, map.Lanes[1].Kind);
        Assert.Equal(5, map.Stages.Count);
    }

    [Fact]
    public async Task Sprint_and_blank_templates_start_with_their_own_stages()
    {
        var chat = host.Personal();

        var sprint = await chat.CreateMapAsync("Sprint map", template: "2");
        var blank = await chat.CreateMapAsync("Empty canvas", template: "blank");

        var scope = ConversationScopes.For(chat.NewActivity("message"));
        Assert.Equal(["Discover", "Research", "Purchase", "Use", "Support"], (await host.Maps.GetAsync(scope, sprint, default))!.Stages.Select(s => s.Name));
        var empty = (await host.Maps.GetAsync(scope, blank, default))!;
        Assert.Empty(empty.Stages);
        Assert.Empty(empty.Lanes);
    }

    [Fact]
    public async Task Wrong_answers_are_explained_and_asked_again()
    {
        var chat = host.Personal();
        await chat.SendAsync("new map");

        (await chat.SendAsync(new string('n', 101))).ShouldSay("Please give the map a name of 1 to 100 characters.");
        await chat.SendAsync("Checkout");
        (await chat.SendAsync(new string('p', 501))).ShouldSay("Please answer in at most 500 characters.");
        await chat.SendAsync("Returning shopper");
        await chat.SendAsync("Where do carts get abandoned?");
        (await chat.SendAsync("7")).ShouldSay("Please pick one of the layouts by its number or name.");
        (await chat.SendAsync("a spreadsheet")).ShouldSay("Please pick one of the layouts by its number or name.");
        (await chat.SendAsync("customer journey")).ShouldSay("Created **Checkout**");
    }

    [Fact]
    public async Task A_name_already_used_here_is_refused()
    {
        var chat = host.Personal();
        await chat.CreateMapAsync("Onboarding");

        await chat.SendAsync("new map");
        (await chat.SendAsync("ONBOARDING ")).ShouldSay("There is already a map called “ONBOARDING”");
        (await chat.SendAsync("Onboarding v2")).ShouldSay("Who is the customer");
    }

    [Fact]
    public async Task Name_given_with_the_command_skips_the_first_question()
    {
        var chat = host.Personal();

        (await chat.SendAsync("new map Renewals")).ShouldSay("Who is the customer on this journey?");
    }

    [Fact]
    public async Task Cancel_in_the_middle_stores_nothing_and_help_repeats_the_question()
    {
        var chat = host.Personal();
        await chat.SendAsync("new map");
        await chat.SendAsync("Abandoned idea");

        (await chat.SendAsync("help")).ShouldSay("I am waiting for your answer").ShouldSay("Who is the customer on this journey?");
        (await chat.SendAsync("cancel")).ShouldSay("Stopped. Nothing from that conversation was saved.");

        Assert.Empty(await host.Maps.ListAsync(ConversationScopes.For(chat.NewActivity("message")), default));
        (await chat.SendAsync("show map")).ShouldSay("There is no map here yet.");
    }

    [Fact]
    public async Task Five_wrong_answers_end_the_dialog_with_an_explanation()
    {
        var chat = host.Personal();
        await chat.SendAsync("new map");
        await chat.SendAsync("Patience test");
        await chat.SendAsync("Persona");
        await chat.SendAsync("Goal");
        for (var i = 0; i < 4; i++)
        {
            await chat.SendAsync("not a layout");
        }

        (await chat.SendAsync("still not a layout")).ShouldSay("I stopped asking because the answers did not fit.");
        (await chat.SendAsync("1")).ShouldSay("Sorry, I don't know “1”.");
    }

    [Fact]
    public async Task Two_people_creating_maps_in_one_channel_do_not_disturb_each_other()
    {
        var team = $"19:team-{Guid.NewGuid():N}@thread.tacv2";
        var chat = host.TeamChannel(team);
        var alice = TestConversation.Alice;
        var bob = TestConversation.Bob;

        await chat.SendAsync("new map", alice);
        await chat.SendAsync("new map", bob);
        (await chat.SendAsync("Alice's map", alice)).ShouldSay("Who is the customer");
        (await chat.SendAsync("Bob's map", bob)).ShouldSay("Who is the customer");
        await chat.SendAsync("Persona A", alice);
        await chat.SendAsync("Persona B", bob);
        await chat.SendAsync("Goal A", alice);
        await chat.SendAsync("Goal B", bob);
        (await chat.SendAsync("1", bob)).ShouldSay("Created **Bob's map**");
        (await chat.SendAsync("3", alice)).ShouldSay("Created **Alice's map**");

        var maps = await host.Maps.ListAsync(ConversationScopes.For(chat.NewActivity("message")), default);
        Assert.Equal(2, maps.Count);
        Assert.Equal("Persona A", maps.Single(m => m.Name == "Alice's map").Persona);
        Assert.Equal(MapTemplate.ServiceBlueprint, maps.Single(m => m.Name == "Alice's map").Template);
        Assert.Equal("Bob Müller", maps.Single(m => m.Name == "Bob's map").CreatedBy.Name);
    }

    [Fact]
    public async Task Chinese_speakers_get_chinese_questions_and_stage_names()
    {
        var chat = host.Personal();
        chat.Locale = "zh-CN";

        (await chat.SendAsync("新建地图")).ShouldSay("地图叫什么名字？");
        (await chat.SendAsync("试用转付费")).ShouldSay("这段旅程的客户是谁？");
        await chat.SendAsync("首次购买的小企业主");
        (await chat.SendAsync("为什么试用用户没有转化？")).ShouldSay("1. 客户旅程");
        var created = await chat.SendAsync("客户旅程");

        created.ShouldSay("已创建 **试用转付费**");
        Assert.Contains("认知", Assert.Single(created.Cards()).TextBlocks());
    }
}
