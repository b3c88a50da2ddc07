using System.Text.Json.Nodes;
using JourneyBot.BotKit.Schema;
using JourneyBot.Journeys.Cards;
using JourneyBot.Journeys.Conversations;
using JourneyBot.Journeys.Tests.Support;
using JourneyBot.TestSupport.Transcripts;
using static JourneyBot.Journeys.Tests.Cards.CardActionAuthorisationTests;

namespace JourneyBot.Journeys.Tests.Cards;

// What people type is shown as typed wherever the bot renders it: Markdown, Teams' date functions, HTML tags and
// template expressions in names, notes and display names stay inert text in cards and replies.
public sealed class HostileTextTests(JourneyBotTestHost host) : IClassFixture<JourneyBotTestHost>
{
    /// <summary>Hostile text and how a TextBlock must hold it (the Markdown escaped, "{{" broken by a zero-width space).</summary>
    public static TheoryData<string, string> Corpus => new()
    {
        { "**bold** and _italic_", "\\*\\*bold\\*\\* and \\_italic\\_" },
        { "[click me](https://evil.example/phish)", "\\[click me\\](https://evil.example/phish)" },
        { "- not a list", "\\- not a list" },
        { "1. not a numbered list", "1\\. not a numbered list" },
        { "# not a heading", "\\# not a heading" },
        { "<at>Mallory</at> <script>alert(1)</script>", "\\<at\\>Mallory\\</at\\> \\<script\\>alert(1)\\</script\\>" },
        { "due {{DATE(2017-02-14T06:08:39Z,SHORT)}} at {{TIME(2017-02-14T06:08:39Z)}}", "due {\u200B{DATE(2017-02-14T06:08:39Z,SHORT)}} at {\u200B{TIME(2017-02-14T06:08:39Z)}}" },
        { "${mapId} ${$root} ${if(true, 'x', 'y')}", "$\u200B{mapId} $\u200B{$root} $\u200B{if(true, 'x', 'y')}" },
        { "`code` ~~gone~~ a|b &amp;", "\\`code\\` \\~\\~gone\\~\\~ a\\|b \\&amp;" },
        { "结账页面 😡 太慢了", "结账页面 😡 太慢了" },
        { "הזמנה נכשלה مرحبا", "הזמנה נכשלה مرحبا" },
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Card_text_escapes_markdown_and_date_functions_and_nothing_else(string typed, string shown) =>
        Assert.Equal(shown, CardText.Literal(typed));

    [Theory]
    [MemberData(nameof(Corpus))]
    public async Task A_hostile_note_shows_literally_in_the_confirmation_the_summary_and_the_notes_list(string typed, string shown)
    {
        var chat = CardChats.Channel(host);
        var (map, _) = await MapWithRedFlagAsync(host, chat, "Hostile notes");

        var confirmation = Assert.Single((await chat.SubmitAsync(NoteForm(map, typed, Guid.NewGuid().ToString("N")))).Cards());
        Assert.Contains(confirmation.TextBlocks(), t => t.EndsWith(": " + shown, StringComparison.Ordinal));

        var summary = Assert.Single((await chat.SendAsync("summary")).Cards());
        Assert.Contains(shown, summary.TextBlocks());
        (await chat.SendAsync("notes")).ShouldSay(": " + shown);
    }

    [Fact]
    public async Task A_note_holding_template_expressions_never_becomes_one()
    {
        var chat = CardChats.Channel(host);
        var (map, _) = await MapWithRedFlagAsync(host, chat, "Template injection");

        var confirmation = Assert.Single((await chat.SubmitAsync(NoteForm(map, "${mapId} ${$root}", Guid.NewGuid().ToString("N")))).Cards());
        var summary = Assert.Single((await chat.SendAsync("summary")).Cards());

        // Shown as typed (the zero-width spaces are invisible), and no "${" is left in the card for anything to expand.
        Assert.Contains(confirmation.TextBlocks(), t => Visible(t).EndsWith(": ${mapId} ${$root}", StringComparison.Ordinal));
        Assert.Contains("${mapId} ${$root}", summary.TextBlocks().Select(Visible));
        Assert.DoesNotContain(summary.TextBlocks(), t => t.Contains(map.Id, StringComparison.Ordinal) || t.Contains("\"$root\"", StringComparison.Ordinal));
        Assert.DoesNotContain("${", confirmation.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("${mapId} ${$root}", Assert.Single(await host.Notes.ListAsync(map.Scope, map.Id, false, default), n => n.Kind == Domain.Notes.NoteKind.PainPoint).Text);
    }

    [Fact]
    public async Task Hostile_map_stage_and_lane_names_show_literally_in_cards_and_replies_but_button_titles_and_inputs_stay_plain()
    {
        const string name = "**Big** [deal](https://e.example) {{DATE(2017-02-14T06:08:39Z,SHORT)}}";
        const string shown = "\\*\\*Big\\*\\* \\[deal\\](https://e.example) {\u200B{DATE(2017-02-14T06:08:39Z,SHORT)}}";
        var chat = CardChats.Channel(host);
        await chat.SendAsync("new map");
        await chat.SendAsync(name);
        await chat.SendAsync("First-time buyer");
        await chat.SendAsync("Why do they leave?");
        (await chat.SendAsync("3")).ShouldSay("Created **" + shown + "**");
        (await chat.SendAsync("add stage <at>Boss</at> _stage_")).ShouldSay("\\<at\\>Boss\\</at\\> \\_stage\\_");
        (await chat.SendAsync("end")).ShouldSay("Added stage **\\<at\\>Boss\\</at\\> \\_stage\\_** to **" + shown + "**");

        var mapCard = Assert.Single((await chat.SendAsync("show map")).Cards());
        Assert.Equal(shown, mapCard.TextBlocks()[0]);
        Assert.Contains("\\<at\\>Boss\\</at\\> \\_stage\\_", mapCard.TextBlocks());

        var summary = Assert.Single((await chat.SendAsync("summary")).Cards());
        Assert.Equal(shown, summary.TextBlocks()[0]);
        Assert.Contains(summary.TextBlocks(), t => t.EndsWith("6. \\<at\\>Boss\\</at\\> \\_stage\\_", StringComparison.Ordinal));

        (await chat.SendAsync("maps")).ShouldSay("1. **" + shown + "**");

        var form = Assert.Single((await chat.SendAsync("add")).Cards());
        Assert.Equal("Add to " + shown, form.TextBlocks()[0]);
        var stageChoices = form["body"]!.AsArray().Single(e => e!["id"]?.GetValue<string>() == "stage")!["choices"]!.AsArray();
        Assert.Equal("<at>Boss</at> _stage_", stageChoices[^1]!["title"]!.GetValue<string>());
        Assert.All(form["actions"]!.AsArray(), a => Assert.DoesNotContain("\\", a!["title"]!.GetValue<string>(), StringComparison.Ordinal));

        // A form shown again keeps the typed text as typed in its input.
        var map = Assert.Single(await host.Maps.ListAsync(ConversationScopes.For(chat.NewActivity("message")), default));
        var incomplete = NoteForm(map, "**raw** {{DATE(2017-02-14T06:08:39Z,SHORT)}}");
        incomplete["kind"] = "Emotion";
        await chat.ExecuteAsync("addNote", incomplete);
        var again = chat.LastInvokeResponse!.Body!["value"]!;
        Assert.Equal("**raw** {{DATE(2017-02-14T06:08:39Z,SHORT)}}", again["body"]!.AsArray().Single(e => e!["id"]?.GetValue<string>() == "text")!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_hostile_display_name_shows_literally_and_mentions_nobody()
    {
        var mallory = new ChannelAccount { Id = "29:mallory", Name = "<at>Alice Chen</at> **Admin**" };
        var chat = CardChats.Channel(host);
        var (map, _) = await MapWithRedFlagAsync(host, chat, "Display names");
        await chat.SubmitAsync(NoteForm(map, "Search finds nothing", Guid.NewGuid().ToString("N")), mallory);

        var mapCard = Assert.Single((await chat.SendAsync("show map")).Cards());
        Assert.Contains("\\<at\\>Alice Chen\\</at\\> \\*\\*Admin\\*\\*", mapCard.TextBlocks());
        var summary = Assert.Single((await chat.SendAsync("summary")).Cards());
        Assert.Contains(summary.TextBlocks(), t => t.EndsWith(" · \\<at\\>Alice Chen\\</at\\> \\*\\*Admin\\*\\*", StringComparison.Ordinal));
        Assert.All((await chat.SendAsync("notes")).ShouldSay("\\<at\\>Alice Chen\\</at\\> \\*\\*Admin\\*\\*"), r => Assert.Null(r.Entities));
    }

    private static string Visible(string text) => text.Replace("\u200B", string.Empty, StringComparison.Ordinal);

    [Fact]
    public async Task An_unknown_command_is_echoed_as_typed_text()
    {
        var chat = CardChats.Channel(host);

        var reply = await chat.SendAsync("**hi** <at>Al</at> [x](http://e) {{DATE(2017)}}");

        reply.ShouldSay("Sorry, I don't know “\\*\\*hi\\*\\* \\<at\\>Al\\</at\\> \\[x\\](http://e) {\u200B{DATE(2017)}}”.");
        Assert.Null(Assert.Single(reply).Entities);
    }

    [Fact]
    public async Task The_chinese_replies_escape_people_text_too()
    {
        var chat = CardChats.Channel(host);
        chat.Locale = "zh-CN";

        (await chat.SendAsync("使用 **不存在**")).ShouldSay("\\*\\*不存在\\*\\*");
    }
}
