using System.Collections.Concurrent;
using System.Globalization;
using JourneyBot.BotKit.State;

namespace JourneyBot.TestSupport.Transcripts;

/// <summary>An in-memory <see cref="ITurnStateStore"/> with the same ETag rules as the table store, for engine unit tests.</summary>
public sealed class MemoryTurnStateStore : ITurnStateStore
{
    private readonly ConcurrentDictionary<StateKey, StoredState> _items = new();
    private long _version;

    public int Count => _items.Count;

    public Task<StoredState?> ReadAsync(StateKey key, CancellationToken cancellationToken) =>
        Task.FromResult(_items.TryGetValue(key, out var state) ? state : null);

    public Task<string> WriteAsync(StateKey key, string json, string? etag, CancellationToken cancellationToken)
    {
        var next = new StoredState(json, Interlocked.Increment(ref _version).ToString(CultureInfo.InvariantCulture));
        if (etag is null)
        {
            if (!_items.TryAdd(key, next))
            {
                throw new StateConflictException("State already exists.");
            }
        }
        else if (!_items.TryGetValue(key, out var current) || current.ETag != etag || !_items.TryUpdate(key, next, current))
        {
            throw new StateConflictException("State was changed by another writer.");
        }

        return Task.FromResult(next.ETag);
    }

    public Task DeleteAsync(StateKey key, string? etag, CancellationToken cancellationToken)
    {
        if (_items.TryGetValue(key, out var current))
        {
            if (etag is not null && current.ETag != etag)
            {
                throw new StateConflictException("State was changed by another writer.");
            }

            _items.TryRemove(key, out _);
        }

        return Task.CompletedTask;
    }
}
