using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Azure;
using Azure.Data.Tables;
using JourneyBot.BotKit.Schema;
using JourneyBot.Domain.Maps;
using JourneyBot.Journeys.Conversations;
using JourneyBot.Journeys.Exports;
using JourneyBot.Journeys.Maps;
using JourneyBot.Journeys.Sharing;
using JourneyBot.Journeys.Tests.Support;
using JourneyBot.Storage;
using JourneyBot.TestSupport.Transcripts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JourneyBot.Journeys.Tests.Exports;

/// <summary>Shared steps of the export and import transcripts.</summary>
public static partial class ExportTestData
{
    public static MapScope ScopeOf(TestConversation chat) => ConversationScopes.For(chat.NewActivity(ActivityTypes.Message));

    /// <summary>Stores <see cref="ExportSamples"/> as a map of the conversation, current for Alice.</summary>
    public static async Task<JourneyMap> StoreSampleMapAsync(IServiceProvider services, TestConversation chat)
    {
        var scope = ScopeOf(chat);
        var map = ExportSamples.Map(scope, MapIds.New());
        var maps = services.GetRequiredService<JourneyBot.Domain.Abstractions.IMapRepository>();
        var notes = services.GetRequiredService<JourneyBot.Domain.Abstractions.INoteRepository>();
        await maps.CreateAsync(map, CancellationToken.None);
        await maps.SetSelectedMapIdAsync(scope, TestConversation.Alice.Id!, map.Id, CancellationToken.None);
        foreach (var note in ExportSamples.Notes(map.Id))
        {
            await notes.AddAsync(scope, note, CancellationToken.None);
        }

        return map;
    }

    /// <summary>The export link in the bot's reply, checked: it verifies for the map and format it names.</summary>
    public static (Uri Link, MapLinkGrant Grant) LinkIn(IServiceProvider services, IReadOnlyList<Activity> replies, ExportFormat format)
    {
        var match = ExportLink().Match(replies.Text());
        Assert.True(match.Success, $"No export link in:\n{replies.Text()}");
        Assert.Equal(ExportFormats.Segment(format), match.Groups["format"].Value);
        var grant = services.GetRequiredService<IMapLinks>().Verify(Uri.UnescapeDataString(match.Groups["id"].Value), ExportFormats.Purpose(format), match.Groups["token"].Value);
        Assert.NotNull(grant);
        return (new Uri(match.Value), grant);
    }

    /// <summary>Downloads what the link opens, as the export endpoint would.</summary>
    public static async Task<ExportFile> OpenAsync(IServiceProvider services, MapLinkGrant grant, ExportFormat format)
    {
        var file = await services.GetRequiredService<IMapExports>().ExportAsync(grant.Scope, grant.MapId, format, JourneyBot.Journeys.Localization.BotText.English, CancellationToken.None);
        Assert.NotNull(file);
        return file;
    }

    /// <summary>The JSON export of a map, as text.</summary>
    public static async Task<string> ExportJsonAsync(IServiceProvider services, MapScope scope, string mapId)
    {
        var file = await services.GetRequiredService<IMapExports>().ExportAsync(scope, mapId, ExportFormat.Json, JourneyBot.Journeys.Localization.BotText.English, CancellationToken.None);
        Assert.NotNull(file);
        return Encoding.UTF8.GetString(file.Content);
    }

    /// <summary>A valid export document of the sample map, to import or to spoil.</summary>
    public static JsonObject SampleDocument() =>
        JsonNode.Parse(ExportJson.Write(MapJsonExporter.Export(ExportSamples.Map(new MapScope("t", "c")), ExportSamples.Notes(), ExportSamples.Start)))!.AsObject();

    /// <summary>Sends <c>import</c> with a file attachment.</summary>
    public static Task<IReadOnlyList<Activity>> ImportFileAsync(this TestConversation chat, Attachment file, string text = "import") =>
        chat.DeliverAsync(chat.NewActivity(ActivityTypes.Message) with { Text = text, Attachments = [file] });

    public static Attachment JsonFile(JsonNode content) => new() { ContentType = "application/json", Name = "map.json", Content = content.DeepClone() };

    /// <summary>The id the import confirmation names.</summary>
    public static string ImportedId(IReadOnlyList<Activity> replies)
    {
        var match = ImportedMapId().Match(replies.Text());
        Assert.True(match.Success, $"No import confirmation in:\n{replies.Text()}");
        return match.Groups[1].Value;
    }

    /// <summary>Rows of the maps and notes tables that belong to <paramref name="scope"/>, hidden maps included.</summary>
    public static async Task<int> StoredRowsAsync(IServiceProvider services, MapScope scope)
    {
        var client = services.GetRequiredService<TableServiceClient>();
        var prefix = services.GetRequiredService<IOptions<TableStorageOptions>>().Value.TablePrefix;
        var filter = TableClient.CreateQueryFilter($"TenantId eq {scope.TenantId} and Container eq {scope.Container}");
        var count = 0;
        foreach (var table in new[] { "maps", "notes" })
        {
            try
            {
                await foreach (var _ in client.GetTableClient(prefix + table).QueryAsync<TableEntity>(filter))
                {
                    count++;
                }
            }
            catch (RequestFailedException exception) when (exception.Status == 404)
            {
                // Not created yet: nothing stored in it.
            }
        }

        return count;
    }

    [GeneratedRegex(@"https://journeybot\.test/maps/(?<id>[^/\s]+)/export/(?<format>[a-z]+)\?t=(?<token>[A-Za-z0-9_\-\.]+)(&lang=[A-Za-z\-]+)?")]
    private static partial Regex ExportLink();

    [GeneratedRegex(@"[\(（]`([a-z0-9]{5})`[\)）]")]
    private static partial Regex ImportedMapId();
}
