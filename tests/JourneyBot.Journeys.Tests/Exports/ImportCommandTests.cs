using Microsoft.Extensions.DependencyInjection;
using JourneyBot.Domain.Abstractions;
using System.Text;
using System.Text.Json.Nodes;
using JourneyBot.BotKit.Schema;
using JourneyBot.Domain.Notes;
using JourneyBot.Journeys.Exports;
using JourneyBot.Journeys.Tests.Support;
using JourneyBot.TestSupport.Transcripts;

namespace JourneyBot.Journeys.Tests.Exports;

public sealed class ImportCommandTests(JourneyBotTestHost host) : IClassFixture<JourneyBotTestHost>
{
    [Fact]
    public async Task Pasted_json_becomes_a_new_current_map_of_this_conversation_with_every_note()
    {
        var chat = host.Personal();
        var json = ExportTestData.SampleDocument().ToJsonString();

        var replies = await chat.SendAsync("import " + json);

        replies.ShouldSay("Imported **Voyage “Ünïcode”, 旅程 ✈️** (`").ShouldSay("3 stages, 3 lanes, 10 notes. It is your current map now, and you facilitate it.");
        var id = ExportTestData.ImportedId(replies);
        Assert.Single(replies.Cards());
        var map = Assert.Single(await host.Maps.ListAsync(ExportTestData.ScopeOf(chat), CancellationToken.None));
        Assert.Equal((id, "29:alice"), (map.Id, map.CreatedBy.Id));
        var notes = await host.Notes.ListAsync(map.Scope, map.Id, includeDeleted: true, CancellationToken.None);
        Assert.Equal(10, notes.Count);
        Assert.Equal(Enum.GetValues<NoteKind>().Order(), notes.Select(n => n.Kind).Order());
        (await chat.SendAsync("notes")).ShouldSay("Notes on **Voyage “Ünïcode”, 旅程 ✈️**");

        // Like a new map, the copy is reminded on the default cadence.
        Assert.NotNull(await host.Services.GetRequiredService<IReminderStore>().GetAsync(map.Scope, map.Id, CancellationToken.None));
        (await chat.SendAsync("remind")).ShouldSay("every 2 weeks on Monday at 09:00 (UTC)");
    }

    [Fact]
    public async Task An_attached_file_is_imported_and_a_taken_name_gets_a_number()
    {
        var chat = host.Personal();
        var document = ExportTestData.SampleDocument();

        var first = await chat.ImportFileAsync(ExportTestData.JsonFile(document));
        var second = await chat.ImportFileAsync(ExportTestData.JsonFile(document));
        var third = await chat.ImportFileAsync(new Attachment
        {
            ContentType = "application/json",
            ContentUrl = "data:application/json;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(document.ToJsonString())),
        });

        first.ShouldSay("Imported **Voyage “Ünïcode”, 旅程 ✈️**").ShouldNotSay("already exists");
        second.ShouldSay("A map called “Voyage “Ünïcode”, 旅程 ✈️” already exists here, so the copy is called **Voyage “Ünïcode”, 旅程 ✈️ (2)**.");
        third.ShouldSay("**Voyage “Ünïcode”, 旅程 ✈️ (3)**");
        var maps = await host.Maps.ListAsync(ExportTestData.ScopeOf(chat), CancellationToken.None);
        Assert.Equal(3, maps.Select(m => m.Id).Distinct().Count());
    }

    [Fact]
    public async Task A_json_file_sent_without_a_word_is_imported()
    {
        var chat = host.Personal();

        var replies = await chat.ImportFileAsync(ExportTestData.JsonFile(ExportTestData.SampleDocument()), text: string.Empty);

        replies.ShouldSay("Imported **");
    }

    [Fact]
    public async Task Import_in_chinese()
    {
        var chat = host.Personal();
        chat.Locale = "zh-CN";

        var replies = await chat.SendAsync("导入" + ExportTestData.SampleDocument().ToJsonString());

        replies.ShouldSay("已导入 **Voyage “Ünïcode”, 旅程 ✈️**").ShouldSay("3 个阶段、3 条泳道、10 条笔记");
    }

    [Fact]
    public async Task A_name_near_the_length_limit_stays_within_it_when_numbered()
    {
        var chat = host.Personal();
        var document = ExportTestData.SampleDocument();
        document["map"]!["name"] = new string('长', 100);

        await chat.ImportFileAsync(ExportTestData.JsonFile(document));
        var second = await chat.ImportFileAsync(ExportTestData.JsonFile(document));

        second.ShouldSay(new string('长', 96) + " (2)**");
    }

    [Fact]
    public async Task Import_with_nothing_to_import_says_what_to_send()
    {
        var chat = host.Personal();

        (await chat.SendAsync("import")).ShouldSay("Nothing to import. Attach a JSON file made by **export json**, or paste its JSON after **import**.");
        Assert.Equal(0, await ExportTestData.StoredRowsAsync(host.Services, ExportTestData.ScopeOf(chat)));
    }

    [Fact]
    public async Task A_team_channel_import_belongs_to_the_team()
    {
        var general = host.TeamChannel(teamId: "19:team-import@thread.tacv2");
        var other = host.TeamChannel(teamId: "19:team-import@thread.tacv2", rootMessageId: "1700000000999");

        var replies = await general.SendAsync("import " + ExportTestData.SampleDocument().ToJsonString(JsonOptions));

        replies.ShouldSay("Imported **");
        (await other.SendAsync("maps")).ShouldSay("Voyage “Ünïcode”, 旅程 ✈️");
    }

    private static readonly System.Text.Json.JsonSerializerOptions JsonOptions = new() { WriteIndented = true };
}
