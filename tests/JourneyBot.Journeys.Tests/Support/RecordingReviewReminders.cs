using System.Collections.Concurrent;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Maps;

namespace JourneyBot.Journeys.Tests.Support;

/// <summary>Stands in for the reminder schedule (another feature's): remembers each closed review it was told about.</summary>
public sealed class RecordingReviewReminders : IReviewReminders
{
    private readonly ConcurrentQueue<(MapScope Scope, string MapId, DateTimeOffset ClosedAt)> _calls = new();

    public IReadOnlyList<(MapScope Scope, string MapId, DateTimeOffset ClosedAt)> Calls => _calls.ToList();

    public Task ReviewClosedAsync(MapScope scope, string mapId, DateTimeOffset closedAt, CancellationToken cancellationToken)
    {
        _calls.Enqueue((scope, mapId, closedAt));
        return Task.CompletedTask;
    }
}
