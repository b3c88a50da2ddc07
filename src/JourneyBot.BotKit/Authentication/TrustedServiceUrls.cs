using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace JourneyBot.BotKit.Authentication;

/// <summary>
/// The configured connector hosts (and their subdomains) plus the exact origins of service URLs
/// seen on authenticated activities. Only https is ever trusted. The learned set is bounded: once
/// full, the oldest origin is forgotten (it is learned again from its next authenticated activity).
/// </summary>
internal sealed class TrustedServiceUrls : ITrustedServiceUrls
{
    internal const int DefaultCapacity = 1_000;

    private readonly string[] _hosts;
    private readonly int _capacity;
    private readonly ConcurrentDictionary<string, byte> _origins = new(StringComparer.Ordinal);
    private readonly Queue<string> _insertionOrder = new();
    private readonly Lock _writeLock = new();

    public TrustedServiceUrls(IOptions<BotAuthenticationOptions> options)
        : this(options.Value.TrustedServiceHosts, DefaultCapacity)
    {
    }

    internal TrustedServiceUrls(IEnumerable<string> hosts, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _hosts = [.. hosts
            .Where(h => !string.IsNullOrWhiteSpace(h))
            .Select(h => h.Trim().TrimStart('.').TrimEnd('.').ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)];
        _capacity = capacity;
    }

    public bool IsTrusted(Uri serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        if (!serviceUrl.IsAbsoluteUri || serviceUrl.Scheme != Uri.UriSchemeHttps)
        {
            return false;
        }

        var host = serviceUrl.IdnHost.TrimEnd('.').ToLowerInvariant();
        return _hosts.Any(h => host == h || host.EndsWith("." + h, StringComparison.Ordinal))
            || _origins.ContainsKey(OriginOf(serviceUrl));
    }

    public void Trust(Uri serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        if (!serviceUrl.IsAbsoluteUri || serviceUrl.Scheme != Uri.UriSchemeHttps)
        {
            // Never trusted anyway (the token is not sent over plain http): no point remembering it.
            return;
        }

        var origin = OriginOf(serviceUrl);
        if (_origins.ContainsKey(origin))
        {
            return;
        }

        lock (_writeLock)
        {
            if (!_origins.TryAdd(origin, 0))
            {
                return;
            }

            _insertionOrder.Enqueue(origin);
            while (_insertionOrder.Count > _capacity)
            {
                _origins.TryRemove(_insertionOrder.Dequeue(), out _);
            }
        }
    }

    internal int LearnedCount => _origins.Count;

    private static string OriginOf(Uri uri) =>
        $"{uri.Scheme}://{uri.IdnHost.TrimEnd('.').ToLowerInvariant()}:{uri.Port}";
}
