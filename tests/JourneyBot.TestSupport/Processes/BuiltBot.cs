using System.Globalization;
using JourneyBot.TestSupport.Azurite;

namespace JourneyBot.TestSupport.Processes;

/// <summary>
/// The bot as built by the solution (<c>src/JourneyBot/bin/&lt;configuration&gt;/net10.0/JourneyBot.dll</c>), started as
/// a real process on a free loopback port in <c>Development</c> (anonymous in and out), for the harnesses that
/// measure or stress the whole service from outside: the reliability suite and the turn benchmark.
/// </summary>
public static class BuiltBot
{
    /// <summary>
    /// Starts the bot with <paramref name="settings"/> (configuration keys with <c>__</c> separators, added to and
    /// overriding the defaults) and waits until <c>/healthz</c> answers; returns the process and its base address.
    /// </summary>
    public static async Task<(ChildProcess Process, Uri BaseAddress)> StartAsync(
        IReadOnlyDictionary<string, string?> settings,
        TimeSpan startTimeout,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var assembly = AssemblyPath();
        var port = FreePort.Next();
        var environment = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_URLS"] = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"),
            ["DOTNET_NOLOGO"] = "1",
            ["Bot__AppId"] = string.Empty,
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in settings)
        {
            environment[key] = value;
        }

        var process = ChildProcess.Start(new ChildProcessOptions("bot", "dotnet", [assembly])
        {
            WorkingDirectory = Path.GetDirectoryName(assembly),
            Environment = environment,
        });
        var baseAddress = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/"));
        try
        {
            await process.WaitForHttpAsync(new Uri(baseAddress, "healthz"), startTimeout, cancellationToken);
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }

        return (process, baseAddress);
    }

    /// <summary>The bot built in the same configuration as the caller's build.</summary>
    public static string AssemblyPath()
    {
#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        var path = Path.Combine(RepositoryRoot.Find(), "src", "JourneyBot", "bin", configuration, "net10.0", "JourneyBot.dll");
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException($"{path} is missing: build the solution ({configuration}) first.");
    }
}
