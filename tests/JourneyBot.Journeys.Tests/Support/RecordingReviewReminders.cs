using System.Collections.Concurrent;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Maps;

namespace JourneyBot.Journeys.Tests.Support;

/// <summary>Remembers each closed review the reminder schedule was told about, and passes it on to the real schedule.</summary>
public sealed class RecordingReviewReminders : IReviewReminders
{
    private readonly ConcurrentQueue<(MapScope Scope, string MapId, DateTimeOffset ClosedAt)> _calls = new();
    private IReviewReminders? _inner;

    /// <summary>This recorder, passing every call on to <paramref name="inner"/>.</summary>
    public RecordingReviewReminders Forwarding(IReviewReminders inner)
    {
        _inner = inner;
        return this;
    }

    public IReadOnlyList<(MapScope Scope, string MapId, DateTimeOffset ClosedAt)> Calls => _calls.ToList();

    public Task ReviewClosedAsync(MapScope scope, string mapId, DateTimeOffset closedAt, CancellationToken cancellationToken)
    {
        _calls.Enqueue((scope, mapId, closedAt));
        return _inner?.ReviewClosedAsync(scope, mapId, closedAt, cancellationToken) ?? Task.CompletedTask;
    }
}
