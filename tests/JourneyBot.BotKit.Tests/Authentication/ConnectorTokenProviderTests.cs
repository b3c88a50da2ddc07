using JourneyBot.BotKit.Authentication;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace JourneyBot.BotKit.Tests.Authentication;

public sealed class ConnectorTokenProviderTests
{
    private static readonly DateTimeOffset Now = new(2031, 3, 14, 9, 0, 0, TimeSpan.Zero);
    private static readonly Uri TeamsServiceUrl = new("https://smba.trafficmanager.net/amer/");

    private readonly FakeTimeProvider _time = new(Now);
    private readonly FakeTokenSource _source;

    public ConnectorTokenProviderTests() => _source = new FakeTokenSource(_time);

    [Fact]
    public async Task UntrustedHost_ThrowsWithoutAcquiringAToken()
    {
        using var provider = CreateProvider();

        var ex = await Assert.ThrowsAsync<UntrustedServiceUrlException>(
            () => provider.GetTokenAsync(new Uri("https://attacker.example/"), CancellationToken.None));

        Assert.Equal("attacker.example", ex.ServiceUrl.Host);
        Assert.Equal(0, _source.Calls);
    }

    [Fact]
    public async Task PlainHttpServiceUrl_IsRefusedEvenIfTheAllowListWouldTrustIt()
    {
        using var provider = CreateProvider(new TrustEverything());

        await Assert.ThrowsAsync<UntrustedServiceUrlException>(
            () => provider.GetTokenAsync(new Uri("http://smba.trafficmanager.net/amer/"), CancellationToken.None));
        Assert.Equal(0, _source.Calls);
    }

    [Fact]
    public async Task RelativeServiceUrl_IsRejected()
    {
        using var provider = CreateProvider(new TrustEverything());

        await Assert.ThrowsAsync<ArgumentException>(
            () => provider.GetTokenAsync(new Uri("/amer/", UriKind.Relative), CancellationToken.None));
    }

    [Fact]
    public async Task TrustedHost_GetsTheSourceToken()
    {
        using var provider = CreateProvider();

        var token = await provider.GetTokenAsync(TeamsServiceUrl, CancellationToken.None);

        Assert.Equal("token-1", token);
    }

    [Fact]
    public async Task LearnedServiceUrl_GetsAToken()
    {
        var trusted = new TrustedServiceUrls([], capacity: 10);
        trusted.Trust(new Uri("https://connector.contoso.example/"));
        using var provider = CreateProvider(trusted);

        var token = await provider.GetTokenAsync(new Uri("https://connector.contoso.example/teams/"), CancellationToken.None);

        Assert.Equal("token-1", token);
    }

    [Fact]
    public async Task Token_IsCachedUntilFiveMinutesBeforeExpiry()
    {
        _source.Lifetime = TimeSpan.FromHours(1);
        using var provider = CreateProvider();

        var first = await provider.GetTokenAsync(TeamsServiceUrl, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(54));
        var second = await provider.GetTokenAsync(TeamsServiceUrl, CancellationToken.None);

        Assert.Equal("token-1", first);
        Assert.Equal("token-1", second);
        Assert.Equal(1, _source.Calls);
    }

    [Fact]
    public async Task Token_IsRefreshedWithinFiveMinutesOfExpiry()
    {
        _source.Lifetime = TimeSpan.FromHours(1);
        using var provider = CreateProvider();

        await provider.GetTokenAsync(TeamsServiceUrl, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(56));
        var refreshed = await provider.GetTokenAsync(TeamsServiceUrl, CancellationToken.None);
        var reused = await provider.GetTokenAsync(TeamsServiceUrl, CancellationToken.None);

        Assert.Equal("token-2", refreshed);
        Assert.Equal("token-2", reused);
        Assert.Equal(2, _source.Calls);
    }

    [Fact]
    public async Task ConcurrentCallers_ShareOneAcquisition()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _source.Gate = gate.Task;
        using var provider = CreateProvider();

        var callers = Enumerable.Range(0, 20)
            .Select(_ => Task.Run(() => provider.GetTokenAsync(TeamsServiceUrl, CancellationToken.None)))
            .ToArray();
        await Task.Delay(50);
        gate.SetResult();
        var tokens = await Task.WhenAll(callers);

        Assert.All(tokens, t => Assert.Equal("token-1", t));
        Assert.Equal(1, _source.Calls);
    }

    [Fact]
    public async Task FailedAcquisition_IsNotCachedAndTheNextCallRetries()
    {
        _source.FailNext = true;
        using var provider = CreateProvider();

        await Assert.ThrowsAsync<InvalidOperationException>(() => provider.GetTokenAsync(TeamsServiceUrl, CancellationToken.None));
        var token = await provider.GetTokenAsync(TeamsServiceUrl, CancellationToken.None);

        Assert.Equal("token-2", token);
    }

    private ConnectorTokenProvider CreateProvider(ITrustedServiceUrls? trusted = null) =>
        new(
            _source,
            trusted ?? new TrustedServiceUrls(new BotAuthenticationOptions().TrustedServiceHosts, capacity: 10),
            _time,
            NullLogger<ConnectorTokenProvider>.Instance);

    /// <summary>Issues numbered tokens that expire <see cref="Lifetime"/> after the fake clock's now.</summary>
    private sealed class FakeTokenSource(TimeProvider clock) : IConnectorTokenSource
    {
        private int _calls;

        public TimeSpan Lifetime { get; set; } = TimeSpan.FromHours(1);

        public Task? Gate { get; set; }

        public bool FailNext { get; set; }

        public int Calls => Volatile.Read(ref _calls);

        public async Task<ConnectorAccessToken> AcquireTokenAsync(CancellationToken cancellationToken)
        {
            var call = Interlocked.Increment(ref _calls);
            if (Gate is not null)
            {
                await Gate.WaitAsync(cancellationToken);
            }

            if (FailNext)
            {
                FailNext = false;
                throw new InvalidOperationException("token endpoint unavailable");
            }

            return new ConnectorAccessToken($"token-{call}", clock.GetUtcNow() + Lifetime);
        }
    }

    private sealed class TrustEverything : ITrustedServiceUrls
    {
        public bool IsTrusted(Uri serviceUrl) => true;

        public void Trust(Uri serviceUrl)
        {
        }
    }
}
