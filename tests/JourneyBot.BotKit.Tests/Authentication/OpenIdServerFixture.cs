using JourneyBot.TestSupport.Auth;

namespace JourneyBot.BotKit.Tests.Authentication;

/// <summary>One local OpenID server shared by the tests of a class.</summary>
public sealed class OpenIdServerFixture : IAsyncLifetime
{
    public TestOpenIdServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await TestOpenIdServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
