using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using JourneyBot.TestSupport.Processes;

namespace JourneyBot.TestSupport.Playground;

/// <summary>
/// The Microsoft 365 Agents Playground (npm <c>@microsoft/m365agentsplayground</c>) running headless
/// as a child process: a mock Teams client and connector that calls the bot like Teams does.
/// </summary>
/// <remarks>
/// With stdout redirected the Playground writes only <c>Listening on N</c> there; everything else,
/// errors included, goes to its log file, which <see cref="Describe"/> includes. It loads its
/// config only after that line and exits with code 1 on an invalid file, so start-up waits for
/// <c>/_internal/v1/testConfig</c> to answer before returning.
/// </remarks>
public sealed partial class PlaygroundServer : IAsyncDisposable
{
    // Variables the Playground reads that would change what it does: auth (it would then demand
    // and send tokens), a different endpoint, channel, conversation id or service URL, proxies.
    private static readonly string[] ClearedVariables =
    [
        "AUTH_CLIENT_ID", "AUTH_CLIENT_SECRET", "AUTH_TENANT_ID", "BOT_ENDPOINT", "DEFAULT_CHANNEL_ID",
        "TEAMSAPPTESTER_PORT", "TEAMS_APP_TEST_TOOL_CONFIG_PATH", "TEAMSAPPTESTER_LOGFILE",
        "M365_AGENTS_PLAYGROUND_CONVERSATION_ID", "M365_AGENTS_PLAYGROUND_SERVICE_URL",
        "M365_AGENTS_PLAYGROUND_DELIVERY_MODE", "M365_AGENTS_PLAYGROUND_TARGET_SDK",
        "M365_AGENTS_PLAYGROUND_ENABLE_EVENTS_RECORDING", "SEND_INSTALLATION_ACTIVITY",
        "HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy",
    ];

    private readonly ChildProcess _process;
    private readonly string _workDirectory;

    private PlaygroundServer(ChildProcess process, string workDirectory, int port, PlaygroundServerOptions options)
    {
        _process = process;
        _workDirectory = workDirectory;
        Port = port;
        Options = options;
        BaseUri = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
    }

    public PlaygroundServerOptions Options { get; }

    public int Port { get; }

    /// <summary>The Playground's web UI and API root, e.g. <c>http://127.0.0.1:41875/</c>.</summary>
    public Uri BaseUri { get; }

    /// <summary>The Playground's own log (its console output, errors included).</summary>
    public string LogFilePath => Path.Combine(_workDirectory, "m365agentsplayground.log");

    public bool HasExited => _process.HasExited;

    /// <summary>Starts the Playground and waits until it listens and has accepted its config.</summary>
    public static async Task<PlaygroundServer> StartAsync(PlaygroundServerOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!File.Exists(options.CliPath))
        {
            throw new ChildProcessException($"The Agents Playground is not installed at {options.CliPath}: run `npm ci` in {options.RepositoryRoot}.");
        }

        // A missing config file is not an error to the Playground: it silently falls back to a
        // built-in tenant with other ids, so check here.
        if (!File.Exists(options.ResolvedConfigPath))
        {
            throw new ChildProcessException($"The Playground config {options.ResolvedConfigPath} does not exist.");
        }

        var workDirectory = Directory.CreateTempSubdirectory("journeybot-playground-").FullName;
        var environment = ClearedVariables.ToDictionary(name => name, _ => (string?)null);
        environment["TEAMSAPPTESTER_BROWSER"] = "none";
        environment["APPLICATION_INSIGHTS_NO_STATSBEAT"] = "true";
        environment["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = options.ResolvedConfigPath;
        environment["M365_AGENTS_PLAYGROUND_LOGFILE"] = Path.Combine(workDirectory, "m365agentsplayground.log");
        environment["M365_AGENTS_PLAYGROUND_RECORDING_FILE"] = Path.Combine(workDirectory, "events_recording.log");

        // The working directory matters: the Playground also looks for a config file in it.
        var process = ChildProcess.Start(new ChildProcessOptions(
            "playground",
            options.NodeExecutable,
            [
                options.CliPath,
                "-p", options.Port.ToString(CultureInfo.InvariantCulture),
                "-e", options.BotEndpoint.ToString(),
                "-c", options.ChannelId,
                "--dt",
            ])
        {
            WorkingDirectory = workDirectory,
            Environment = environment,
        });

        PlaygroundServer? server = null;
        try
        {
            var listening = await process.WaitForOutputAsync(ListeningLine(), options.StartTimeout, cancellationToken);
            var port = int.Parse(listening.Groups["port"].Value, CultureInfo.InvariantCulture);
            server = new PlaygroundServer(process, workDirectory, port, options);
            await process.WaitForHttpAsync(new Uri(server.BaseUri, "_internal/v1/testConfig"), options.StartTimeout, cancellationToken);
            return server;
        }
        catch (ChildProcessException e)
        {
            var log = ReadLog(Path.Combine(workDirectory, "m365agentsplayground.log"));
            await process.DisposeAsync();
            throw new ChildProcessException($"The Agents Playground did not start.\n{e.Message}\n--- playground log\n{log}", e);
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    /// <summary>The Playground's process output and the tail of its log file, for failure messages.</summary>
    public string Describe(int logLines = 100) =>
        $"{_process.Describe()}--- playground log ({LogFilePath})\n{ReadLog(LogFilePath, logLines)}";

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        try
        {
            Directory.Delete(_workDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string ReadLog(string path, int maxLines = 200)
    {
        try
        {
            var lines = File.ReadAllLines(path, Encoding.UTF8);
            return string.Join('\n', lines.Skip(Math.Max(0, lines.Length - maxLines)));
        }
        catch (IOException e)
        {
            return $"(no log: {e.Message})";
        }
    }

    [GeneratedRegex(@"^Listening on (?<port>\d+)\s*$")]
    private static partial Regex ListeningLine();
}
