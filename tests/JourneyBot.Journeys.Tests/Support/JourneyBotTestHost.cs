using JourneyBot.BotKit.Authentication;
using JourneyBot.BotKit.Connector;
using JourneyBot.BotKit.Turns;
using JourneyBot.Cards;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Journeys.Reminders;
using JourneyBot.Storage;
using JourneyBot.TestSupport.Azurite;
using JourneyBot.TestSupport.Transcripts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace JourneyBot.Journeys.Tests.Support;

/// <summary>
/// The real bot (turn handler, dialogs, cards from cards/) on real Table Storage in Azurite, with a
/// fresh set of tables per test class, driven turn by turn without HTTP.
/// </summary>
public class JourneyBotTestHost : IAsyncLifetime
{
    private ServiceProvider? _services;
    private ServiceProvider? _connectorServices;

    public FakeTimeProvider Time { get; init; } = new(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));

    /// <summary>The prefix of this host's tables; two hosts given the same one act as two instances of one bot.</summary>
    public string TablePrefix { get; init; } = TestTablePrefix.Create("journeys");

    public IServiceProvider Services => _services ?? throw new InvalidOperationException("Not started.");

    /// <summary>The address links point at (nothing listens there; tests read the links).</summary>
    public static Uri PublicBaseUrl { get; } = new("https://journeybot.test/");

    /// <summary>A fixed test key, so tests can check a link the bot handed out.</summary>
    public static string SigningKey { get; } = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    public IBot Bot => Services.GetRequiredService<IBot>();

    public IMapRepository Maps => Services.GetRequiredService<IMapRepository>();

    public INoteRepository Notes => Services.GetRequiredService<INoteRepository>();

    /// <summary>What the review flow told the reminder schedule.</summary>
    public RecordingReviewReminders Reminders { get; } = new();

    /// <summary>The storage to use; the shared Azurite when null.</summary>
    public string? StorageConnectionString { get; init; }

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = StorageConnectionString ?? await AzuriteServer.GetConnectionStringAsync(),
                ["Storage:TablePrefix"] = TablePrefix,
                ["Cards:TemplateDirectory"] = "cards",
                ["MapLinks:SigningKey"] = SigningKey,
                ["MapLinks:PublicBaseUrl"] = PublicBaseUrl.AbsoluteUri,
                ["Reminders:AllowMinuteCadence"] = "true",
                ["Reminders:QuietHoursStart"] = "00:00",
                ["Reminders:QuietHoursEnd"] = "00:00",
                ["Reminders:QuietOnWeekends"] = "false",
                ["Reminders:MinSendInterval"] = "00:00:00",
                ["Bot:Connector:BaseDelay"] = "00:00:00.050",
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(Time);
        services.AddJourneyStorage(configuration);
        services.AddCardTemplates(configuration);
        services.AddJourneys(configuration);

        // The connector waits (Retry-After, back-off) on the real clock, apart from the test's fake one.
        _connectorServices = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddSingleton<IConnectorTokenProvider, NoConnectorToken>()
            .AddBotConnector(configuration)
            .BuildServiceProvider();
        services.AddSingleton(_connectorServices.GetRequiredService<IConnectorClient>());

        // Closing a review reaches the real reminder schedule through a recorder, so tests can see the call.
        services.Replace(ServiceDescriptor.Singleton<IReviewReminders>(sp => Reminders.Forwarding(sp.GetRequiredService<ReminderScheduler>())));
        ConfigureServices(services);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (_connectorServices is not null)
        {
            await _connectorServices.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Lets a derived host replace registrations (e.g. wrap a repository to inject faults).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>A personal chat with its own id, so tests sharing the tables do not see each other's maps.</summary>
    public TestConversation Personal(string channelId = "msteams") => TestConversation.Personal(Bot.OnTurnAsync, $"a:personal-{Guid.NewGuid():N}", channelId);

    /// <summary>A thread of a channel of its own team.</summary>
    public TestConversation TeamChannel(string? teamId = null, string rootMessageId = "1700000000000")
    {
        var chat = TestConversation.TeamChannel(Bot.OnTurnAsync, rootMessageId: rootMessageId);
        chat.ChannelData!["team"]!["id"] = teamId ?? $"19:team-{Guid.NewGuid():N}@thread.tacv2";
        return chat;
    }

    /// <summary>Anonymous calls, as in local development: the fake connector asks for no token.</summary>
    private sealed class NoConnectorToken : IConnectorTokenProvider
    {
        public Task<string?> GetTokenAsync(Uri serviceUrl, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
    }
}
