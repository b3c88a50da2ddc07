using Azure.Data.Tables;
using JourneyBot.Storage.Maps;
using JourneyBot.Storage.People;
using JourneyBot.Storage.Tables;
using JourneyBot.Storage.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace JourneyBot.Storage.Tests.People;

/// <summary>A person's language choice, kept per tenant and user, and remembered in memory for a few minutes.</summary>
public sealed class TablePersonLanguagesTests(AzuriteStorageFixture storage) : IClassFixture<AzuriteStorageFixture>
{
    private readonly FakeTimeProvider _time = new(TestMaps.Now);

    private CancellationToken Ct { get; } = new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token;

    [Fact]
    public async Task A_choice_is_kept_per_person_and_tenant_and_auto_forgets_it()
    {
        var store = new TablePersonLanguages(storage.CreateTables(), _time);
        var user = "29:" + Guid.NewGuid().ToString("N");

        Assert.Null(await store.GetAsync("tenant-a", user, Ct));
        await store.SetAsync("tenant-a", user, "zh-Hans", Ct);

        Assert.Equal("zh-Hans", await store.GetAsync("tenant-a", user, Ct));
        Assert.Null(await store.GetAsync("tenant-b", user, Ct));
        Assert.Equal("zh-Hans", await new TablePersonLanguages(storage.CreateTables(), _time).GetAsync("tenant-a", user, Ct));

        await store.SetAsync("tenant-a", user, null, Ct);
        Assert.Null(await new TablePersonLanguages(storage.CreateTables(), _time).GetAsync("tenant-a", user, Ct));
    }

    [Fact]
    public async Task Another_instance_sees_a_change_once_its_memory_is_older_than_the_freshness_window()
    {
        var user = "29:" + Guid.NewGuid().ToString("N");
        var here = new TablePersonLanguages(storage.CreateTables(), _time);
        var there = new TablePersonLanguages(storage.CreateTables(), _time);
        Assert.Null(await there.GetAsync("tenant-a", user, Ct));

        await here.SetAsync("tenant-a", user, "en", Ct);

        // Served from memory: no table read, so not yet the new choice.
        Assert.Null(await there.GetAsync("tenant-a", user, Ct));
        _time.Advance(TablePersonLanguages.Freshness);
        Assert.Equal("en", await there.GetAsync("tenant-a", user, Ct));
    }

    [Fact]
    public async Task The_row_is_keyed_by_the_encoded_tenant_and_user()
    {
        var user = "29:odd/user#" + Guid.NewGuid().ToString("N");
        await new TablePersonLanguages(storage.CreateTables(), _time).SetAsync("tenant/x", user, "zh-Hans", Ct);

        var row = await storage.RawTable(TableNames.People).GetEntityAsync<TableEntity>(TableKey.Encode("tenant/x"), TableKey.Encode(user), cancellationToken: Ct);
        Assert.Equal(("zh-Hans", user), (row.Value.GetString("Language"), row.Value.GetString("UserId")));
    }

    [Fact]
    public async Task A_maps_default_language_is_stored_and_a_row_without_one_reads_as_none()
    {
        var repository = new TableMapRepository(storage.CreateTables(), _time, NullLogger<TableMapRepository>.Instance);
        var scope = TestMaps.NewScope();
        var chinese = TestMaps.Create(scope) with { Language = "zh-Hans" };
        var legacy = TestMaps.Create(scope, name: "Legacy");

        await repository.CreateAsync(chinese, Ct);
        await repository.CreateAsync(legacy, Ct);

        Assert.Equal("zh-Hans", (await repository.GetAsync(scope, chinese.Id, Ct))!.Language);
        Assert.Null((await repository.GetAsync(scope, legacy.Id, Ct))!.Language);
        Assert.Null(MapEntity.FromMap(legacy).Language);
    }
}
