using Microsoft.Extensions.Logging;

namespace JourneyBot.BotKit.Authentication;

/// <summary>
/// Hands out the bot's connector token, only for trusted https service URLs, and reuses it until
/// shortly before it expires. Safe to call concurrently: at most one acquisition runs at a time.
/// </summary>
internal sealed partial class ConnectorTokenProvider : IConnectorTokenProvider, IDisposable
{
    /// <summary>Renew this long before expiry so a token never lapses during a slow, retried connector call.</summary>
    internal static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly IConnectorTokenSource _source;
    private readonly ITrustedServiceUrls _trustedServiceUrls;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<ConnectorTokenProvider> _logger;
    private readonly SemaphoreSlim _acquireLock = new(1, 1);
    private volatile ConnectorAccessToken? _cached;

    public ConnectorTokenProvider(
        IConnectorTokenSource source,
        ITrustedServiceUrls trustedServiceUrls,
        TimeProvider timeProvider,
        ILogger<ConnectorTokenProvider> logger)
    {
        _source = source;
        _trustedServiceUrls = trustedServiceUrls;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public async Task<string?> GetTokenAsync(Uri serviceUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        if (!serviceUrl.IsAbsoluteUri)
        {
            throw new ArgumentException("The service URL must be absolute.", nameof(serviceUrl));
        }

        // Checked here as well as in the allow-list: a bearer token must never travel over plain http.
        if (serviceUrl.Scheme != Uri.UriSchemeHttps || !_trustedServiceUrls.IsTrusted(serviceUrl))
        {
            LogRefused(_logger, serviceUrl.Scheme, serviceUrl.Host);
            throw new UntrustedServiceUrlException(serviceUrl);
        }

        var current = _cached;
        if (IsFresh(current))
        {
            return current!.Token;
        }

        await _acquireLock.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have renewed the token while this one waited.
            var cached = _cached;
            if (IsFresh(cached))
            {
                return cached!.Token;
            }

            var acquired = await _source.AcquireTokenAsync(cancellationToken);
            _cached = acquired;
            LogAcquired(_logger, acquired.ExpiresOn);
            return acquired.Token;
        }
        finally
        {
            _acquireLock.Release();
        }
    }

    public void Dispose() => _acquireLock.Dispose();

    private bool IsFresh(ConnectorAccessToken? token) =>
        token is not null && _timeProvider.GetUtcNow() < token.ExpiresOn - RefreshMargin;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused to send the bot's token to untrusted service URL {Scheme}://{Host}")]
    private static partial void LogRefused(ILogger logger, string scheme, string host);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Acquired a connector token valid until {ExpiresOn}")]
    private static partial void LogAcquired(ILogger logger, DateTimeOffset expiresOn);
}
