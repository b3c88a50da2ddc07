using JourneyBot.BotKit.Authentication;
using JourneyBot.BotKit.Schema;

namespace JourneyBot.BotKit.Tests.Authentication;

public sealed class AnonymousInboundAuthenticatorTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("Bearer whatever")]
    public async Task AnyRequest_SucceedsWithAnUnauthenticatedIdentity(string? header)
    {
        var result = await new AnonymousInboundAuthenticator().AuthenticateAsync(header, new Activity { ChannelId = "msteams" }, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.False(result.Identity!.IsAuthenticated);
        Assert.Null(result.Identity.AuthenticationType);
    }

    [Fact]
    public async Task AnonymousConnectorTokenProvider_ReturnsNoToken()
    {
        var token = await new AnonymousConnectorTokenProvider().GetTokenAsync(new Uri("http://127.0.0.1:3978/"), CancellationToken.None);

        Assert.Null(token);
    }
}
