using Azure;
using Azure.Data.Tables;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Actions;
using JourneyBot.Domain.Maps;
using JourneyBot.Storage.Tables;
using Microsoft.Extensions.Logging;

namespace JourneyBot.Storage.Actions;

/// <summary>
/// Action items in the actions table, one partition per map (see <see cref="ActionItemKeys"/>). Adding is a plain
/// insert; a change is a read-modify-write guarded by the row's ETag, retried a bounded number of times when
/// another writer got there first, so concurrent status changes all end up in the history.
/// </summary>
internal sealed class TableActionItemRepository(
    StorageTables tables,
    TimeProvider timeProvider,
    ILogger<TableActionItemRepository> logger) : IActionItemRepository
{
    /// <summary>How many times <see cref="UpdateAsync"/> reads, changes and writes before giving up.</summary>
    internal const int MaxUpdateAttempts = 10;

    /// <summary>
    /// Inserts the item. When its id is taken by the very same item (an earlier attempt whose answer was lost),
    /// the add has succeeded; otherwise it is an <see cref="ActionItemConflictException"/>.
    /// </summary>
    public async Task AddAsync(MapScope scope, ActionItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(item);
        var entity = ActionItemEntity.From(scope, item);
        try
        {
            await tables.RunAsync(TableNames.Actions, (table, ct) => table.AddEntityAsync(entity, ct), cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            var stored = await ReadAsync(scope, item.MapId, item.Id, cancellationToken);
            if (stored is not null
                && stored.CreatedById == entity.CreatedById
                && stored.CreatedAt == entity.CreatedAt
                && stored.Text == entity.Text)
            {
                logger.ActionItemAlreadyAdded(item.Id, item.MapId);
                return;
            }

            throw new ActionItemConflictException(item.Id, ex);
        }
    }

    public async Task<ActionItem?> GetAsync(MapScope scope, string mapId, string itemId, CancellationToken cancellationToken)
    {
        var entity = await ReadAsync(scope, mapId, itemId, cancellationToken);
        return entity?.ToActionItem();
    }

    public Task<IReadOnlyList<ActionItem>> ListAsync(MapScope scope, string mapId, CancellationToken cancellationToken)
    {
        var partition = ActionItemKeys.Partition(scope, mapId);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        return tables.RunAsync<IReadOnlyList<ActionItem>>(
            TableNames.Actions,
            async (table, ct) =>
            {
                var items = new List<ActionItem>();
                await foreach (var entity in table.QueryAsync<ActionItemEntity>(filter, cancellationToken: ct))
                {
                    items.Add(entity.ToActionItem());
                }

                return items.OrderBy(i => i.CreatedAt).ThenBy(i => i.Id, StringComparer.Ordinal).ToList();
            },
            cancellationToken);
    }

    public async Task<ActionItem> UpdateAsync(
        MapScope scope,
        string mapId,
        string itemId,
        Func<ActionItem, ActionItem> change,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(change);
        var update = new EntityUpdate<ActionItemEntity>(tables, TableNames.Actions, timeProvider, MaxUpdateAttempts);
        var written = await update.RunAsync(
            ct => ReadAsync(scope, mapId, itemId, ct),
            stored =>
            {
                // Whatever change throws (a refused permission, say) propagates before anything is written.
                var current = stored.ToActionItem();
                var changed = change(current);
                if (changed.MapId != current.MapId || changed.Id != current.Id)
                {
                    throw new InvalidOperationException(
                        $"A change to action item '{itemId}' of map '{mapId}' must keep its ids; it returned item '{changed.Id}' of map '{changed.MapId}'.");
                }

                return ReferenceEquals(changed, current) ? null : ActionItemEntity.From(scope, changed);
            },
            () => new ActionItemNotFoundException(itemId),
            attempt => logger.ActionItemUpdateConflict(itemId, mapId, attempt, MaxUpdateAttempts),
            lastConflict =>
            {
                logger.ActionItemUpdateGaveUp(itemId, mapId, MaxUpdateAttempts);
                return new ActionItemConflictException(itemId, lastConflict);
            },
            cancellationToken);
        return written.ToActionItem();
    }

    private async Task<ActionItemEntity?> ReadAsync(MapScope scope, string mapId, string itemId, CancellationToken cancellationToken)
    {
        var partition = ActionItemKeys.Partition(scope, mapId);
        var row = ActionItemKeys.Row(itemId);
        var response = await tables.RunAsync(
            TableNames.Actions,
            (table, ct) => table.GetEntityIfExistsAsync<ActionItemEntity>(partition, row, cancellationToken: ct),
            cancellationToken);
        return response.HasValue ? response.Value : null;
    }
}
