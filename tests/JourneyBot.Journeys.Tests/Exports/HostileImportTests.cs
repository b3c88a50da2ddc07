using System.Text;
using System.Text.Json.Nodes;
using JourneyBot.BotKit.Schema;
using JourneyBot.Journeys.Exports;
using JourneyBot.Journeys.Tests.Support;
using JourneyBot.TestSupport.Transcripts;

namespace JourneyBot.Journeys.Tests.Exports;

/// <summary>
/// Documents that are wrong, spoilt or built to hurt: each gets a reply saying what is wrong, and not one row
/// (not even a hidden map) is written for the conversation.
/// </summary>
public sealed class HostileImportTests(JourneyBotTestHost host) : IClassFixture<JourneyBotTestHost>
{
    private static readonly Dictionary<string, (Func<TestConversation, Task<IReadOnlyList<Activity>>> Send, string Expected)> Cases = new()
    {
        ["not json"] = (c => c.SendAsync("import {this is not json}"), "Nothing was imported: this is not valid JSON (line 1)."),
        ["comments"] = (c => c.SendAsync("import { /* hi */" + Spoilt(_ => { })[1..]), "Nothing was imported: this is not valid JSON"),
        ["deep nesting"] = (c => c.SendAsync("import {\"map\":" + new string('[', 500) + new string(']', 500) + "}"), "Nothing was imported"),
        ["wrong format"] = (Paste(d => d["format"] = "trello-board"), "this is not a JourneyBot map export (“format” must be “journeybot-map”)"),
        ["no format"] = (Paste(d => d.Remove("format")), "this is not a JourneyBot map export"),
        ["newer version"] = (Paste(d => d["version"] = 2), "this export is version 2, and I read version 1."),
        ["version as text"] = (Paste(d => d["version"] = "1"), "the value at **version** (line "),
        ["duplicate property"] = (c => c.SendAsync("import " + Spoilt(_ => { }).Replace("\"version\": 1,", "\"version\": 1, \"version\": 1,", StringComparison.Ordinal)), "Nothing was imported"),
        ["unknown property"] = (Paste(d => d["map"]!["colour"] = "red"), "**map.colour**"),
        ["score of the wrong type"] = (Paste(d => d["notes"]![3]!["score"] = "very bad"), "the value at **notes[3].score**"),
        ["missing map name"] = (Paste(d => d["map"]!.AsObject().Remove("name")), "**map.name** is missing."),
        ["missing notes"] = (Paste(d => d.Remove("notes")), "**notes** is missing."),
        ["10,000-character name"] = (Paste(d => d["map"]!["name"] = new string('x', 10_000)), "**map.name** is longer than 100 characters."),
        ["unknown kind"] = (Paste(d => d["notes"]![0]!["kind"] = "rumour"), "**notes[0].kind**: “rumour” is not one of: action, touchpoint, painPoint, emotion, greenFlag, redFlag, quote, opportunity, handoff, evidence."),
        ["unknown lane kind"] = (Paste(d => d["map"]!["lanes"]![2]!["kind"] = "basement"), "**map.lanes[2].kind**: “basement” is not one of"),
        ["note at a missing stage"] = (Paste(d => d["notes"]![1]!["stageId"] = "s99"), "**notes[1].stageId**: there is no stage “s99” in the map."),
        ["note in a missing lane by name"] = (Paste(d => { d["notes"]![1]!["laneId"] = null; d["notes"]![1]!["laneName"] = "Basement"; }), "**notes[1].laneName**: there is no lane “Basement” in the map."),
        ["duplicate stage names"] = (Paste(d => d["map"]!["stages"]![2]!["name"] = "AWARENESS, “first look”"), "**map.stages[2].name**: the name “AWARENESS, “first look”” is used twice."),
        ["duplicate stage ids"] = (Paste(d => d["map"]!["stages"]![2]!["id"] = "s1"), "**map.stages[2].id**: the id “s1” is used twice."),
        ["malformed stage id"] = (Paste(d => d["map"]!["stages"]![0]!["id"] = "s1/../x"), "**map.stages[0].id**: the id “s1/../x” must be 1 to 40 letters, digits, “-” or “_”."),
        ["second customer lane"] = (Paste(d => d["map"]!["lanes"]![1]!["kind"] = "customer"), "**map.lanes[1].kind**: a map has only one customer lane."),
        ["too many stages"] = (Paste(d => d["map"]!["stages"] = new JsonArray(Enumerable.Range(1, 31).Select(i => (JsonNode)new JsonObject { ["name"] = $"Stage {i}" }).ToArray())), "**map.stages** has more than 30 entries."),
        ["too many notes"] = (Paste(d => d["notes"] = new JsonArray(Enumerable.Range(0, 2001).Select(_ => d["notes"]![0]!.DeepClone()).ToArray())), "**notes** has more than 2000 entries."),
        ["null note"] = (Paste(d => d["notes"]![2] = null), "**notes[2]** is missing."),
        ["empty text"] = (Paste(d => d["notes"]![2]!["text"] = " \n\t "), "**notes[2].text** is empty."),
        ["text too long"] = (Paste(d => d["notes"]![2]!["text"] = new string('x', 2001)), "**notes[2].text** is longer than 2000 characters."),
        ["emotion without a score"] = (Paste(d => d["notes"]![3]!["score"] = null), "**notes[3].score** is missing."),
        ["score out of range"] = (Paste(d => d["notes"]![3]!["score"] = 7), "**notes[3].score**: the score must be a whole number from -2 to 2."),
        ["hand-off to its own lane"] = (Paste(d => d["notes"]![8]!["toLaneId"] = "l2"), "**notes[8].toLaneId**: a hand-off needs a lane to go to, other than its own."),
        ["archived note"] = (Paste(d => d["notes"]![0]!["archived"] = true), "**notes[0].archived**: archived notes are not imported"),
        ["duplicate note ids"] = (Paste(d => d["notes"]![1]!["id"] = "AC01"), "**notes[1].id**: the id “AC01” is used twice."),
        ["ancient date"] = (Paste(d => d["notes"]![0]!["createdAt"] = "1500-01-01T00:00:00Z"), "**notes[0].createdAt**: the time must be between 2000-01-01 and 2026-11-21."),
        ["control characters in an id"] = (Paste(d => d["notes"]![0]!["author"]!["id"] = "29:\u0000x"), "**notes[0].author.id** holds control characters"),
        ["too much history"] = (Paste(d => d["notes"]![9]!["history"] = new JsonArray(Enumerable.Range(0, 101).Select(_ => d["notes"]![9]!["history"]![0]!.DeepClone()).ToArray())), "**notes[9].history** has more than 100 entries."),
        ["huge document"] = (c => c.ImportFileAsync(new Attachment { ContentType = "application/json", Content = JsonValue.Create(Spoilt(d => d["map"]!["goal"] = new string('x', 5 * 1024 * 1024))) }), "the document is larger than 4,096 KB"),
        ["download from an internal address"] = (c => c.ImportFileAsync(new Attachment
        {
            ContentType = ImportSources.TeamsFileDownloadInfo,
            Name = "map.json",
            Content = new JsonObject { ["downloadUrl"] = "http://169.254.169.254/metadata/identity/oauth2/token", ["fileType"] = "json" },
        }), "I only download files over https from \\*.sharepoint.com, and “http://169.254.169.254” is not one of them."),
    };

    public static TheoryData<string> CaseNames() => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task A_bad_document_is_explained_and_nothing_is_stored(string scenario)
    {
        var chat = host.Personal();
        var (send, expected) = Cases[scenario];

        var replies = await send(chat);

        replies.ShouldSay(expected).ShouldNotSay("Imported");
        Assert.Equal(0, await ExportTestData.StoredRowsAsync(host.Services, ExportTestData.ScopeOf(chat)));
        Assert.Empty(await host.Maps.ListAsync(ExportTestData.ScopeOf(chat), CancellationToken.None));
    }

    [Fact]
    public async Task Many_problems_are_listed_ten_at_a_time()
    {
        var chat = host.Personal();
        var send = Paste(d =>
        {
            foreach (var note in d["notes"]!.AsArray())
            {
                note!["kind"] = "rumour";
                note["stageId"] = "nowhere";
            }
        });

        var replies = await send(chat);

        replies.ShouldSay("Nothing was imported. The document has 20 problem(s):").ShouldSay("… and 10 more.");
        Assert.Equal(10, replies.Text().Split('\n').Count(l => l.StartsWith("- **notes[", StringComparison.Ordinal)));
    }

    private static Func<TestConversation, Task<IReadOnlyList<Activity>>> Paste(Action<JsonObject> spoil) =>
        chat => chat.SendAsync("import " + Spoilt(spoil));

    private static string Spoilt(Action<JsonObject> spoil)
    {
        var document = ExportTestData.SampleDocument();
        spoil(document);
        return document.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }
}
