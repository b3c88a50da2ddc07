using System.Collections.Concurrent;
using JourneyBot.BotKit.Authentication;

namespace JourneyBot.BotKit.Tests.Connector;

/// <summary>Hands out a fixed token (or none) and remembers which service URLs asked.</summary>
internal sealed class StubTokenProvider(string? token) : IConnectorTokenProvider
{
    private readonly ConcurrentQueue<Uri> _requests = new();

    public IReadOnlyCollection<Uri> Requests => _requests;

    public Task<string?> GetTokenAsync(Uri serviceUrl, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _requests.Enqueue(serviceUrl);
        return Task.FromResult(token);
    }
}
