using Azure.Data.Tables;
using JourneyBot.BotKit.Schema;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Maps;
using JourneyBot.Journeys.Conversations;
using JourneyBot.Journeys.Tests.Support;
using JourneyBot.Storage;
using JourneyBot.TestSupport.Transcripts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JourneyBot.Journeys.Tests.Reminders;

public sealed class LegacyMapReminderTests(JourneyBotTestHost host) : IClassFixture<JourneyBotTestHost>
{
    [Fact]
    public async Task A_map_stored_before_reminders_gets_the_default_cadence_and_a_reminder_the_first_time_it_is_used()
    {
        var chat = host.Personal();
        var scope = ConversationScopes.For(chat.NewActivity(ActivityTypes.Message));
        var map = MapLayouts.Create("old1", scope, "Older map", "Persona", "Goal", MapTemplate.CustomerJourney, new Person("29:alice", "Alice"), host.Time.GetUtcNow(), key => key);
        await host.Maps.CreateAsync(map, default);
        await host.Maps.SetSelectedMapIdAsync(scope, TestConversation.Alice.Id!, map.Id, default);
        await ForgetCadenceAsync(map);
        var reminders = host.Services.GetRequiredService<IReminderStore>();
        Assert.True((await host.Maps.GetAsync(scope, map.Id, default))!.PredatesReminders);
        Assert.Null(await reminders.GetAsync(scope, map.Id, default));

        (await chat.SendAsync("notes")).ShouldSay("Older map");

        Assert.False((await host.Maps.GetAsync(scope, map.Id, default))!.PredatesReminders);
        Assert.NotNull(await reminders.GetAsync(scope, map.Id, default));
        (await chat.SendAsync("remind")).ShouldSay("every 2 weeks on Monday at 09:00 (UTC)");
    }

    /// <summary>Makes the stored row look like one written before maps had a cadence column.</summary>
    private async Task ForgetCadenceAsync(JourneyMap map)
    {
        var prefix = host.Services.GetRequiredService<IOptions<TableStorageOptions>>().Value.TablePrefix;
        var table = host.Services.GetRequiredService<TableServiceClient>().GetTableClient(prefix + "maps");
        await foreach (var row in table.QueryAsync<TableEntity>(filter: (string?)null))
        {
            if ((string?)row["MapId"] == map.Id && row.ContainsKey("CadenceJson"))
            {
                row.Remove("CadenceJson");
                await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace);
            }
        }
    }
}
