using JourneyBot.BotKit.Turns;
using JourneyBot.Cards;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Storage;
using JourneyBot.TestSupport.Azurite;
using JourneyBot.TestSupport.Transcripts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
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

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));

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

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = await AzuriteServer.GetConnectionStringAsync(),
                ["Storage:TablePrefix"] = TestTablePrefix.Create("journeys"),
                ["Cards:TemplateDirectory"] = "cards",
                ["MapLinks:SigningKey"] = SigningKey,
                ["MapLinks:PublicBaseUrl"] = PublicBaseUrl.AbsoluteUri,
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(Time);
        services.AddJourneyStorage(configuration);
        services.AddCardTemplates(configuration);
        services.AddJourneys(configuration);

        // The reminder schedule belongs to another feature; the review flow only calls its contract.
        services.AddSingleton<IReviewReminders>(Reminders);
        ConfigureServices(services);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
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
}
