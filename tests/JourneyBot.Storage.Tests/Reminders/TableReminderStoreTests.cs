using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Reminders;
using JourneyBot.Storage.Reminders;
using JourneyBot.Storage.Tables;
using JourneyBot.Storage.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace JourneyBot.Storage.Tests.Reminders;

public sealed class TableReminderStoreTests(AzuriteStorageFixture storage) : IClassFixture<AzuriteStorageFixture>
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);
    private static int _instances;

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 6, 0, 0, TimeSpan.Zero));

    private CancellationToken Ct { get; } = new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token;

    /// <summary>A reminders table of its own for one test; <paramref name="instances"/> stores over it, as separate bot instances would have.</summary>
    private TableReminderStore[] NewStores(int instances = 1)
    {
        var prefix = storage.TablePrefix + "r" + Interlocked.Increment(ref _instances);
        return Enumerable.Range(0, instances)
            .Select(_ => new TableReminderStore(
                new StorageTables(storage.Service, Options.Create(new TableStorageOptions { ConnectionString = storage.ConnectionString, TablePrefix = prefix }), NullLogger<StorageTables>.Instance),
                NullLogger<TableReminderStore>.Instance))
            .ToArray();
    }

    private static ReminderEntry Entry(MapScope scope, string mapId, DateTimeOffset due) => new()
    {
        Scope = scope,
        MapId = mapId,
        Target = new ReminderTarget("tenant-1", "19:channel@thread.tacv2;messageid=1"),
        DueAt = due,
        NominalAt = due,
    };

    [Fact]
    public async Task A_map_has_one_next_reminder_and_setting_another_replaces_it()
    {
        var store = NewStores()[0];
        var scope = TestMaps.NewScope();
        var now = _time.GetUtcNow();
        await store.SetAsync(Entry(scope, "m1", now.AddHours(1)), Ct);
        await store.SetAsync(Entry(scope, "m1", now.AddDays(3)) with { UnreachableUserIds = ["29:gone"] }, Ct);

        var stored = await store.GetAsync(scope, "m1", Ct);

        Assert.Equal(now.AddDays(3), stored!.DueAt);
        Assert.Equal(["29:gone"], stored.UnreachableUserIds);
        Assert.Empty(await store.ClaimDueAsync(now.AddHours(2), Lease, 10, Ct));
        Assert.Single(await store.ClaimDueAsync(now.AddDays(3), Lease, 10, Ct));
    }

    [Fact]
    public async Task Only_due_reminders_are_claimed_and_a_claim_holds_off_everyone_until_its_lease_ends()
    {
        var stores = NewStores(2);
        var scope = TestMaps.NewScope();
        var now = _time.GetUtcNow();
        await stores[0].SetAsync(Entry(scope, "due", now.AddMinutes(-5)), Ct);
        await stores[0].SetAsync(Entry(scope, "later", now.AddMinutes(5)), Ct);

        var first = await stores[0].ClaimDueAsync(now, Lease, 10, Ct);

        Assert.Equal(["due"], first.Select(c => c.Entry.MapId));
        Assert.Empty(await stores[1].ClaimDueAsync(now.AddMinutes(1), Lease, 10, Ct));

        // The first instance died without finishing: after the lease another one takes over.
        var retaken = await stores[1].ClaimDueAsync(now + Lease + TimeSpan.FromMinutes(1), Lease, 10, Ct);
        Assert.Equal(["due", "later"], retaken.Select(c => c.Entry.MapId).Order());
    }

    [Fact]
    public async Task Two_instances_claiming_at_the_same_time_over_many_rounds_get_each_due_reminder_exactly_once()
    {
        var stores = NewStores(2);
        var scope = TestMaps.NewScope();
        var maps = Enumerable.Range(1, 12).Select(i => $"m{i}").ToList();
        var start = _time.GetUtcNow();
        foreach (var (mapId, i) in maps.Select((m, i) => (m, i)))
        {
            await stores[i % 2].SetAsync(Entry(scope, mapId, start.AddMinutes(10 + i)), Ct);
        }

        var claimed = new List<(string MapId, DateTimeOffset Due, int Instance)>();
        for (var round = 0; round < 30; round++)
        {
            _time.Advance(TimeSpan.FromMinutes(37));
            var now = _time.GetUtcNow();
            var results = await Task.WhenAll(stores.Select(async (store, instance) =>
            {
                var claims = await store.ClaimDueAsync(now, Lease, 100, Ct);
                foreach (var claim in claims)
                {
                    // Every reminder is due again 2 hours after the last one.
                    await store.CompleteAsync(claim, claim.Entry with { DueAt = claim.Entry.DueAt.AddHours(2), NominalAt = claim.Entry.NominalAt.AddHours(2) }, Ct);
                }

                return claims.Select(c => (c.Entry.MapId, c.Entry.DueAt, instance)).ToList();
            }));
            claimed.AddRange(results.SelectMany(r => r));
        }

        // 30 rounds of 37 minutes end 18.5 hours in: reminders due at +10..21 min, then every 2 hours.
        var end = _time.GetUtcNow();
        foreach (var (mapId, i) in maps.Select((m, i) => (m, i)))
        {
            var expected = Enumerable.Range(0, 20).Select(k => start.AddMinutes(10 + i).AddHours(2 * k)).Where(due => due <= end).ToList();
            Assert.Equal(expected, claimed.Where(c => c.MapId == mapId).Select(c => c.Due).Order().ToList());
        }

        Assert.Equal(claimed.Count, claimed.Select(c => (c.MapId, c.Due)).Distinct().Count());
    }

    [Fact]
    public async Task After_downtime_a_reminder_missed_long_ago_is_still_found_once()
    {
        var store = NewStores()[0];
        var scope = TestMaps.NewScope();
        var due = _time.GetUtcNow().AddHours(1);
        await store.SetAsync(Entry(scope, "m1", due), Ct);
        _time.Advance(TimeSpan.FromDays(20));

        var claims = await store.ClaimDueAsync(_time.GetUtcNow(), Lease, 10, Ct);
        await store.CompleteAsync(Assert.Single(claims), Entry(scope, "m1", _time.GetUtcNow().AddDays(7)), Ct);

        Assert.Equal(due, claims[0].Entry.DueAt);
        Assert.Empty(await store.ClaimDueAsync(_time.GetUtcNow(), Lease, 10, Ct));
        Assert.Equal(_time.GetUtcNow().AddDays(7), (await store.GetAsync(scope, "m1", Ct))!.DueAt);
    }

    [Fact]
    public async Task A_reminder_moved_while_it_was_being_sent_keeps_the_new_time()
    {
        var store = NewStores()[0];
        var scope = TestMaps.NewScope();
        var now = _time.GetUtcNow();
        await store.SetAsync(Entry(scope, "m1", now.AddMinutes(-1)), Ct);
        var claim = Assert.Single(await store.ClaimDueAsync(now, Lease, 10, Ct));

        await store.SetAsync(Entry(scope, "m1", now.AddDays(7)), Ct); // e.g. snoozed meanwhile
        var completed = await store.CompleteAsync(claim, Entry(scope, "m1", now.AddDays(14)), Ct);

        Assert.False(completed);
        Assert.Equal(now.AddDays(7), (await store.GetAsync(scope, "m1", Ct))!.DueAt);
    }

    [Fact]
    public async Task Completing_without_a_next_reminder_or_removing_it_leaves_none()
    {
        var store = NewStores()[0];
        var scope = TestMaps.NewScope();
        var now = _time.GetUtcNow();
        await store.SetAsync(Entry(scope, "m1", now.AddMinutes(-1)), Ct);
        await store.SetAsync(Entry(scope, "m2", now.AddDays(1)), Ct);

        Assert.True(await store.CompleteAsync(Assert.Single(await store.ClaimDueAsync(now, Lease, 10, Ct)), null, Ct));
        await store.RemoveAsync(scope, "m2", Ct);

        Assert.Null(await store.GetAsync(scope, "m1", Ct));
        Assert.Null(await store.GetAsync(scope, "m2", Ct));
        Assert.Empty(await store.ClaimDueAsync(now.AddDays(2), Lease, 10, Ct));
    }
}
