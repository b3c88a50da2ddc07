using System.Security.Cryptography;
using JourneyBot.TestSupport.Azurite;
using JourneyBot.TestSupport.Playground;
using JourneyBot.TestSupport.Processes;

namespace JourneyBot.EndToEnd.Tests.Harness;

/// <summary>
/// One bot process on fresh tables in Azurite (the test command's, or one started for the test
/// process), and the real Agents Playground pointed at it, shared
/// by the tests of <see cref="PlaygroundCollection"/>. Tests talk to the bot through
/// <see cref="OpenPersonalChat"/>, <see cref="OpenGroupChat"/> and <see cref="OpenChannel"/>.
/// </summary>
public sealed class JourneyBotEndToEndFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    private readonly List<ChatSession> _sessions = [];
    private BotUnderTest? _bot;
    private PlaygroundServer? _playgroundServer;
    private PlaygroundClient? _playground;

    public BotUnderTest Bot => _bot ?? throw NotStarted();

    public PlaygroundServer PlaygroundServer => _playgroundServer ?? throw NotStarted();

    public PlaygroundClient Playground => _playground ?? throw NotStarted();

    /// <summary>How long a test waits for the bot to answer one message.</summary>
    public TimeSpan ReplyTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>How long without a new bot message ends "the bot's reply".</summary>
    public TimeSpan QuietPeriod { get; init; } = TimeSpan.FromMilliseconds(700);

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        var cancellationToken = timeout.Token;
        try
        {
            var storage = await AzuriteServer.GetConnectionStringAsync(cancellationToken);
            var tablePrefix = "e2e" + RandomNumberGenerator.GetHexString(10, lowercase: true);
            _bot = await BotUnderTest.StartAsync(
                new BotUnderTestOptions(RepositoryLayout.BotDll, FreePort.Next(), storage, tablePrefix), cancellationToken);
            _playgroundServer = await PlaygroundServer.StartAsync(
                new PlaygroundServerOptions(RepositoryLayout.Root, _bot.MessagesEndpoint), cancellationToken);
            _playground = await PlaygroundClient.ConnectAsync(_playgroundServer.BaseUri, cancellationToken);
        }
        catch (Exception e)
        {
            var diagnostics = Describe();
            await DisposeAsync();
            throw new InvalidOperationException($"The end-to-end environment did not start: {e.Message}\n{diagnostics}", e);
        }
    }

    /// <summary>The current user's personal chat with the bot.</summary>
    public ChatSession OpenPersonalChat() => Open(Playground.Config.PersonalChat.Id);

    /// <summary>The Playground's group chat (the bot must be @mentioned there).</summary>
    public ChatSession OpenGroupChat() => Open(Playground.Config.GroupChat.Id);

    /// <summary>A channel of the team by name ("General" or the extra one); every first message starts a thread.</summary>
    public ChatSession OpenChannel(string name) => Open(Playground.Config.Team.Channel(name).Id);

    /// <summary>Stops the bot and starts it again on the same port and tables; the Playground keeps running.</summary>
    public async Task RestartBotAsync(CancellationToken cancellationToken)
    {
        lock (_sessions)
        {
            _sessions.ForEach(session => session.Note("(the bot restarts)"));
        }

        await Bot.RestartAsync(cancellationToken);
    }

    /// <summary>Everything a failing test should show: bot output, the Playground's view, its log.</summary>
    public string Describe() => string.Join(
        '\n',
        _playground?.Describe() ?? "(no Playground client)",
        _bot?.Describe() ?? "(no bot process)",
        _playgroundServer?.Describe() ?? "(no Playground process)");

    public async Task DisposeAsync()
    {
        if (_playground is not null)
        {
            await _playground.DisposeAsync();
        }

        if (_playgroundServer is not null)
        {
            await _playgroundServer.DisposeAsync();
        }

        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }

    private ChatSession Open(string conversationId)
    {
        var session = new ChatSession(this, conversationId);
        lock (_sessions)
        {
            _sessions.Add(session);
        }

        return session;
    }

    private static InvalidOperationException NotStarted() => new("The end-to-end fixture has not started.");
}
