using System.Text;
using System.Text.Json.Nodes;
using JourneyBot.Domain.Notes;
using JourneyBot.Journeys.Exports;
using JourneyBot.Journeys.Tests.Support;
using JourneyBot.TestSupport.Transcripts;

namespace JourneyBot.Journeys.Tests.Exports;

/// <summary>
/// Export to JSON, import into another conversation, export again: the two documents are equal except for
/// exactly these fields, which belong to the import itself:
/// <list type="bullet">
/// <item><c>exportedAt</c>: when each export was made;</item>
/// <item><c>map.id</c>: the copy is a new map with a new id;</item>
/// <item><c>map.createdBy</c>, <c>map.createdAt</c>, <c>map.updatedAt</c>: the importer created the copy, at import time.</item>
/// </list>
/// Everything else is asserted equal: name, persona, goal, template, facilitators, stages and lanes (ids, names,
/// order, kinds, owners) and every note with every field (ids, kinds, places, text, author, times, fields, history).
/// When someone other than the creator imports, the creator joins the facilitators (see MapImportPlannerTests).
/// </summary>
public sealed class RoundTripTests(JourneyBotTestHost host) : IClassFixture<JourneyBotTestHost>
{
    private static readonly string[] ImportOwnFields = ["exportedAt", "map.id", "map.createdBy", "map.createdAt", "map.updatedAt"];

    [Fact]
    public async Task Export_import_export_gives_the_same_document_but_for_the_imports_own_fields()
    {
        var source = host.Personal();
        var original = await ExportTestData.StoreSampleMapAsync(host.Services, source);
        var (_, grant) = ExportTestData.LinkIn(host.Services, await source.SendAsync("export json"), ExportFormat.Json);
        var first = JsonNode.Parse((await ExportTestData.OpenAsync(host.Services, grant, ExportFormat.Json)).Content)!.AsObject();

        host.Time.Advance(TimeSpan.FromHours(2));
        var target = host.Personal();
        var imported = ExportTestData.ImportedId(await target.ImportFileAsync(ExportTestData.JsonFile(first)));
        host.Time.Advance(TimeSpan.FromMinutes(5));
        var second = JsonNode.Parse(await ExportTestData.ExportJsonAsync(host.Services, ExportTestData.ScopeOf(target), imported))!.AsObject();

        // The document holds what was built: every kind, every field, the hard text; not the deleted note.
        var notes = first["notes"]!.AsArray();
        Assert.Equal(10, notes.Count);
        Assert.Equal(Enum.GetValues<NoteKind>().Select(ExportVocabulary.Name).Order(), notes.Select(n => (string)n!["kind"]!).Order());
        Assert.DoesNotContain(ExportSamples.DeletedText, first.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("Sees the ad, then \"compares\" plans, prices\nand 📱 reviews", (string)notes[0]!["text"]!);
        Assert.Equal(2, notes.Single(n => (string)n!["id"]! == "ev10")!["history"]!.AsArray().Count);

        // The import's own fields, and only those, differ.
        Assert.Equal((original.Id, imported), ((string)first["map"]!["id"]!, (string)second["map"]!["id"]!));
        Assert.NotEqual(original.Id, imported);
        Assert.Equal(ExportSamples.Start.AddHours(2), second["map"]!["createdAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(ExportSamples.Start.AddHours(2), second["map"]!["updatedAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal("29:alice", (string)second["map"]!["createdBy"]!["id"]!);
        Assert.Equal(host.Time.GetUtcNow(), second["exportedAt"]!.GetValue<DateTimeOffset>());
        foreach (var document in new[] { first, second })
        {
            document.Remove("exportedAt");
            foreach (var field in ImportOwnFields.Where(f => f.StartsWith("map.", StringComparison.Ordinal)))
            {
                document["map"]!.AsObject().Remove(field["map.".Length..]);
            }
        }

        Assert.True(JsonNode.DeepEquals(first, second), $"The documents differ:\n{first.ToJsonString()}\n---\n{second.ToJsonString()}");
    }

    [Fact]
    public async Task The_csv_of_the_copy_is_the_csv_of_the_original()
    {
        var source = host.Personal();
        var original = await ExportTestData.StoreSampleMapAsync(host.Services, source);
        var json = await ExportTestData.ExportJsonAsync(host.Services, original.Scope, original.Id);

        var target = host.Personal();
        var imported = ExportTestData.ImportedId(await target.SendAsync("import " + json));

        var exports = (IMapExports)host.Services.GetService(typeof(IMapExports))!;
        var before = await exports.ExportAsync(original.Scope, original.Id, ExportFormat.Csv, JourneyBot.Journeys.Localization.BotText.English, CancellationToken.None);
        var after = await exports.ExportAsync(ExportTestData.ScopeOf(target), imported, ExportFormat.Csv, JourneyBot.Journeys.Localization.BotText.English, CancellationToken.None);
        Assert.Equal(Encoding.UTF8.GetString(before!.Content), Encoding.UTF8.GetString(after!.Content));
    }
}
