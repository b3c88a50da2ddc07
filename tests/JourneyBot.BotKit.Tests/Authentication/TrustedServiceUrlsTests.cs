using JourneyBot.BotKit.Authentication;
using Microsoft.Extensions.Options;

namespace JourneyBot.BotKit.Tests.Authentication;

public sealed class TrustedServiceUrlsTests
{
    private readonly TrustedServiceUrls _trusted = new(Options.Create(new BotAuthenticationOptions()));

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/teams/")]
    [InlineData("https://botframework.com/")]
    [InlineData("https://directline.botframework.com/")]
    [InlineData("https://webchat.botframework.com/v3/")]
    [InlineData("https://SMBA.TrafficManager.NET/emea/")]
    [InlineData("https://europe.directline.botframework.com:443/")]
    public void DefaultAllowListedHostOrSubdomain_IsTrusted(string url) =>
        Assert.True(_trusted.IsTrusted(new Uri(url)));

    [Theory]
    [InlineData("https://evilbotframework.com/")]
    [InlineData("https://botframework.com.evil.example/")]
    [InlineData("https://trafficmanager.net/")]
    [InlineData("https://example.com/")]
    [InlineData("https://127.0.0.1/")]
    public void LookalikeOrUnlistedHost_IsNotTrusted(string url) =>
        Assert.False(_trusted.IsTrusted(new Uri(url)));

    [Theory]
    [InlineData("http://smba.trafficmanager.net/amer/")]
    [InlineData("http://directline.botframework.com/")]
    public void PlainHttp_IsNeverTrusted(string url) =>
        Assert.False(_trusted.IsTrusted(new Uri(url)));

    [Fact]
    public void Trust_RecordsTheExactOriginOnly()
    {
        _trusted.Trust(new Uri("https://Connector.Contoso.example/teams/"));

        Assert.True(_trusted.IsTrusted(new Uri("https://connector.contoso.example/other/path")));
        Assert.False(_trusted.IsTrusted(new Uri("https://sub.connector.contoso.example/")));
        Assert.False(_trusted.IsTrusted(new Uri("https://connector.contoso.example:8443/")));
        Assert.False(_trusted.IsTrusted(new Uri("http://connector.contoso.example/")));
    }

    [Fact]
    public void Trust_PlainHttpServiceUrl_IsNotRemembered()
    {
        var trusted = new TrustedServiceUrls([], capacity: 10);

        trusted.Trust(new Uri("http://127.0.0.1:56000/"));

        Assert.Equal(0, trusted.LearnedCount);
        Assert.False(trusted.IsTrusted(new Uri("http://127.0.0.1:56000/")));
    }

    [Fact]
    public void Trust_BeyondCapacity_ForgetsTheOldestOrigin()
    {
        var trusted = new TrustedServiceUrls([], capacity: 3);

        for (var i = 1; i <= 4; i++)
        {
            trusted.Trust(new Uri($"https://connector{i}.example/"));
        }

        Assert.Equal(3, trusted.LearnedCount);
        Assert.False(trusted.IsTrusted(new Uri("https://connector1.example/")));
        Assert.True(trusted.IsTrusted(new Uri("https://connector4.example/")));
    }

    [Fact]
    public void Trust_SameOriginTwice_TakesOneSlot()
    {
        var trusted = new TrustedServiceUrls([], capacity: 3);

        trusted.Trust(new Uri("https://connector.example/a/"));
        trusted.Trust(new Uri("https://CONNECTOR.example/b/"));

        Assert.Equal(1, trusted.LearnedCount);
    }

    [Fact]
    public void Trust_FromManyThreads_StaysWithinCapacity()
    {
        var trusted = new TrustedServiceUrls([], capacity: 100);

        Parallel.For(0, 2_000, i => trusted.Trust(new Uri($"https://c{i % 500}.example/")));

        Assert.InRange(trusted.LearnedCount, 1, 100);
    }
}
