using JourneyBot.BotKit.Authentication;
using JourneyBot.BotKit.Schema;
using JourneyBot.TestSupport.Auth;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace JourneyBot.BotKit.Tests.Authentication;

public sealed class AuthenticationServiceCollectionExtensionsTests
{
    private const string AppId = "9a1b2c3d-0000-4000-8000-00000000b0b0";
    private const string TenantId = "7e57e57e-1111-4222-8333-444444444444";

    [Fact]
    public async Task Production_WithoutAppId_FailsOnStart()
    {
        using var host = BuildHost(Environments.Production, []);

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Bot:AppId is required in the 'Production' environment", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staging_WithoutAppId_FailsOnStart()
    {
        using var host = BuildHost(Environments.Staging, []);

        await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
    }

    [Fact]
    public async Task Development_WithoutAppId_IsAnonymousInAndOutAndWarnsOnce()
    {
        var logs = new CapturingLoggerProvider();
        using var host = BuildHost(Environments.Development, [], logs);
        await host.StartAsync();

        var inbound = host.Services.GetRequiredService<IInboundAuthenticator>();
        var outbound = host.Services.GetRequiredService<IConnectorTokenProvider>();
        _ = host.Services.GetRequiredService<IInboundAuthenticator>();

        Assert.IsType<AnonymousInboundAuthenticator>(inbound);
        Assert.IsType<AnonymousConnectorTokenProvider>(outbound);
        Assert.True((await inbound.AuthenticateAsync(null, new Activity(), CancellationToken.None)).Succeeded);
        Assert.Null(await outbound.GetTokenAsync(new Uri("http://127.0.0.1:3978/"), CancellationToken.None));
        Assert.Single(logs.Messages, m => m.Contains("Bot:AppId is not set", StringComparison.Ordinal));
        await host.StopAsync();
    }

    [Fact]
    public async Task SingleTenant_WithoutClientSecret_FailsOnStartNamingTheSetting()
    {
        using var host = BuildHost(Environments.Production, new() { ["Bot:AppId"] = AppId, ["Bot:TenantId"] = TenantId });

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Bot:ClientSecret is required when Bot:AppType is 'SingleTenant'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SingleTenant_WithoutTenantId_FailsOnStartNamingTheSetting()
    {
        using var host = BuildHost(Environments.Development, new() { ["Bot:AppId"] = AppId, ["Bot:ClientSecret"] = "secret" });

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Bot:TenantId is required", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserAssignedMsi_WithoutManagedIdentityClientId_FailsOnStartNamingTheSetting()
    {
        using var host = BuildHost(Environments.Production, new() { ["Bot:AppId"] = AppId, ["Bot:AppType"] = "UserAssignedMSI" });

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Bot:ManagedIdentityClientId is required", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnsupportedAppType_FailsOnStart()
    {
        using var host = BuildHost(Environments.Production, new() { ["Bot:AppId"] = AppId, ["Bot:AppType"] = "MultiTenant" });

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Bot:AppType 'MultiTenant' is not supported", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlainHttpMetadataUrlOnPublicHost_FailsOnStart()
    {
        using var host = BuildHost(Environments.Production, new()
        {
            ["Bot:AppId"] = AppId,
            ["Bot:TenantId"] = TenantId,
            ["Bot:ClientSecret"] = "secret",
            ["Bot:BotFrameworkOpenIdMetadataUrl"] = "http://login.botframework.com/v1/.well-known/openidconfiguration",
        });

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Bot:BotFrameworkOpenIdMetadataUrl", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SingleTenant_Complete_RegistersJwtInboundAndClientCredentialsOutbound()
    {
        using var host = BuildHost(Environments.Production, new() { ["Bot:AppId"] = AppId, ["Bot:TenantId"] = TenantId, ["Bot:ClientSecret"] = "secret" });
        await host.StartAsync();

        Assert.IsType<JwtInboundAuthenticator>(host.Services.GetRequiredService<IInboundAuthenticator>());
        Assert.IsType<ConnectorTokenProvider>(host.Services.GetRequiredService<IConnectorTokenProvider>());
        Assert.IsType<TrustedServiceUrls>(host.Services.GetRequiredService<ITrustedServiceUrls>());
        Assert.Same(TimeProvider.System, host.Services.GetRequiredService<TimeProvider>());
        await host.StopAsync();
    }

    [Fact]
    public async Task UserAssignedMsi_Complete_RegistersManagedIdentityOutbound()
    {
        using var host = BuildHost(Environments.Production, new()
        {
            ["Bot:AppId"] = AppId,
            ["Bot:AppType"] = "UserAssignedMSI",
            ["Bot:ManagedIdentityClientId"] = "3c0ffee0-0000-4000-8000-000000000001",
        });
        await host.StartAsync();

        Assert.IsType<ConnectorTokenProvider>(host.Services.GetRequiredService<IConnectorTokenProvider>());
        await host.StopAsync();
    }

    [Fact]
    public async Task ExistingRegistrations_AreKept()
    {
        var fakeTime = new FakeTimeProvider();
        var builder = CreateBuilder(Environments.Development, []);
        builder.Services.AddSingleton<TimeProvider>(fakeTime);
        builder.Services.AddSingleton<IConnectorTokenProvider, AnonymousConnectorTokenProvider>();
        builder.Services.AddBotAuthentication(builder.Configuration, builder.Environment);
        using var host = builder.Build();
        await host.StartAsync();

        Assert.Same(fakeTime, host.Services.GetRequiredService<TimeProvider>());
        Assert.Single(host.Services.GetServices<IConnectorTokenProvider>());
        await host.StopAsync();
    }

    [Fact]
    public async Task ConfiguredAgainstTestOpenIdServer_AcceptsItsBotFrameworkToken()
    {
        await using var server = await TestOpenIdServer.StartAsync();
        using var host = BuildHost(Environments.Production, new(server.CreateBotConfiguration(AppId)));
        await host.StartAsync();
        var authenticator = host.Services.GetRequiredService<IInboundAuthenticator>();
        const string serviceUrl = "https://smba.trafficmanager.net/amer/";

        var result = await authenticator.AuthenticateAsync(
            "Bearer " + server.CreateBotFrameworkToken(AppId, serviceUrl, DateTimeOffset.UtcNow),
            new Activity { Type = ActivityTypes.Message, ChannelId = "msteams", ServiceUrl = serviceUrl },
            CancellationToken.None);

        Assert.True(result.Succeeded, result.FailureReason);
        await host.StopAsync();
    }

    private static IHost BuildHost(string environment, Dictionary<string, string?> settings, ILoggerProvider? logs = null)
    {
        var builder = CreateBuilder(environment, settings, logs);
        builder.Services.AddBotAuthentication(builder.Configuration, builder.Environment);
        return builder.Build();
    }

    private static HostApplicationBuilder CreateBuilder(string environment, Dictionary<string, string?> settings, ILoggerProvider? logs = null)
    {
        // No defaults: the machine's environment variables and appsettings files must not leak into the test.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = environment, DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs);
        }

        return builder;
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        private readonly List<string> _messages = [];

        public IReadOnlyList<string> Messages
        {
            get
            {
                lock (_messages)
                {
                    return [.. _messages];
                }
            }
        }

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingLoggerProvider owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (!IsEnabled(logLevel))
                {
                    return;
                }

                lock (owner._messages)
                {
                    owner._messages.Add(formatter(state, exception));
                }
            }
        }
    }
}
