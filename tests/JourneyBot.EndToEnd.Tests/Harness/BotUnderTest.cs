using System.Globalization;
using System.Text;
using JourneyBot.TestSupport.Processes;

namespace JourneyBot.EndToEnd.Tests.Harness;

/// <summary>
/// The real bot as a child process, configured as for local development: Development environment,
/// no app id (<c>Bot:AppId</c> empty: anonymous in and out, which the Playground needs), Table
/// Storage from the options.
/// </summary>
public sealed class BotUnderTest : IAsyncDisposable
{
    // Settings that would switch on authentication or send traffic elsewhere.
    private static readonly string[] ClearedVariables =
    [
        "AUTH_CLIENT_ID", "AUTH_CLIENT_SECRET", "AUTH_TENANT_ID",
        "HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy",
    ];

    private readonly StringBuilder _earlierRuns = new();
    private ChildProcess _process;
    private int _runs = 1;

    private BotUnderTest(BotUnderTestOptions options, ChildProcess process)
    {
        Options = options;
        _process = process;
        BaseUri = new Uri($"http://127.0.0.1:{options.Port.ToString(CultureInfo.InvariantCulture)}/");
    }

    public BotUnderTestOptions Options { get; }

    public Uri BaseUri { get; }

    public Uri MessagesEndpoint => new(BaseUri, "api/messages");

    public Uri HealthEndpoint => new(BaseUri, "healthz");

    public static async Task<BotUnderTest> StartAsync(BotUnderTestOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!File.Exists(options.DllPath))
        {
            throw new ChildProcessException($"The bot is not built: {options.DllPath} does not exist. Build the solution first (dotnet build).");
        }

        var bot = new BotUnderTest(options, Launch(options));
        try
        {
            await bot._process.WaitForHttpAsync(bot.HealthEndpoint, options.StartTimeout, cancellationToken);
            return bot;
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops the bot gracefully and starts it again on the same port and storage.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken)
    {
        await _process.StopAsync(Options.StopGracePeriod, cancellationToken);
        _earlierRuns.Append(CultureInfo.InvariantCulture, $"=== run {_runs} of the bot (stopped for a restart)\n").Append(_process.Describe());
        await _process.DisposeAsync();
        _runs++;
        _process = Launch(Options);
        await _process.WaitForHttpAsync(HealthEndpoint, Options.StartTimeout, cancellationToken);
    }

    /// <summary>The bot's output, this run's and any earlier run's, for failure messages.</summary>
    public string Describe() =>
        $"{_earlierRuns}=== run {_runs} of the bot (table prefix {Options.TablePrefix})\n{_process.Describe()}";

    public ValueTask DisposeAsync() => _process.DisposeAsync();

    private static ChildProcess Launch(BotUnderTestOptions options)
    {
        var environment = ClearedVariables.ToDictionary(name => name, _ => (string?)null);
        environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        environment["Bot__AppId"] = string.Empty;
        environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{options.Port.ToString(CultureInfo.InvariantCulture)}";
        environment["MapLinks__PublicBaseUrl"] = $"http://127.0.0.1:{options.Port.ToString(CultureInfo.InvariantCulture)}/";
        environment["Storage__ConnectionString"] = options.StorageConnectionString;
        environment["Storage__TablePrefix"] = options.TablePrefix;
        environment["DOTNET_NOLOGO"] = "1";

        // Reminders every minute (Development allows that cadence), looked for every 2 s, at any hour and day.
        environment["Reminders__PollInterval"] = "00:00:02";
        environment["Reminders__QuietHoursStart"] = "00:00";
        environment["Reminders__QuietHoursEnd"] = "00:00";
        environment["Reminders__QuietOnWeekends"] = "false";

        // One Playground user chats for the whole suite, faster than a person; flood limits have their own host tests.
        environment["RateLimits__Enabled"] = "false";

        return ChildProcess.Start(new ChildProcessOptions("bot", "dotnet", [options.DllPath])
        {
            // The content root (appsettings, card templates) is the current directory.
            WorkingDirectory = Path.GetDirectoryName(options.DllPath),
            Environment = environment,
        });
    }
}
