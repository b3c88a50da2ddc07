namespace JourneyBot.TestSupport.Playground;

/// <summary>How to start a <see cref="PlaygroundServer"/>.</summary>
/// <param name="RepositoryRoot">The repository root: holds node_modules and deployment/local/playground.yml.</param>
/// <param name="BotEndpoint">The bot's messaging endpoint, e.g. <c>http://127.0.0.1:3978/api/messages</c>.</param>
public sealed record PlaygroundServerOptions(string RepositoryRoot, Uri BotEndpoint)
{
    /// <summary>The Playground config file; <c>deployment/local/playground.yml</c> when null.</summary>
    public string? ConfigPath { get; init; }

    /// <summary>The channel the Playground pretends to be.</summary>
    public string ChannelId { get; init; } = "msteams";

    /// <summary>The port to listen on; 0 lets the operating system choose.</summary>
    public int Port { get; init; }

    /// <summary>How long to wait for the Playground to listen and load its config.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The Node.js executable.</summary>
    public string NodeExecutable { get; init; } = "node";

    public string ResolvedConfigPath =>
        Path.GetFullPath(ConfigPath ?? Path.Combine(RepositoryRoot, "deployment", "local", "playground.yml"));

    public string CliPath =>
        Path.Combine(RepositoryRoot, "node_modules", "@microsoft", "m365agentsplayground", "cli.js");
}
