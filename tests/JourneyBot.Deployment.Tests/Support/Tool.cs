using System.Diagnostics;
using System.Reflection;
using System.Text;
using JourneyBot.TestSupport.Azurite;

namespace JourneyBot.Deployment.Tests.Support;

/// <summary>What a finished command printed and how it exited.</summary>
public sealed record ToolResult(int ExitCode, string Output, string Error)
{
    public string All => Output + Error;
}

/// <summary>Runs the repository's own deployment tools (bash, node, the Bicep compiler) the way a person would.</summary>
public static class Tool
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static string Root { get; } = RepositoryRoot.Find();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The Bicep compiler the test project downloads from NuGet (Azure.Bicep.CommandLine.linux-x64).</summary>
    public static string Bicep
    {
        get
        {
            var path = typeof(Tool).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepPath").Value!;
            if (!File.Exists(path))
            {
                throw new InvalidOperationException($"The Bicep compiler is not at {path}: restore the test project (dotnet restore) on linux-x64.");
            }

            if (OperatingSystem.IsWindows())
            {
                throw new PlatformNotSupportedException("The test project downloads the linux-x64 Bicep compiler.");
            }

            var mode = File.GetUnixFileMode(path);
            if (!mode.HasFlag(UnixFileMode.UserExecute))
            {
                File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            }

            return path;
        }
    }

    public static async Task<ToolResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string?>? environment = null,
        string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory ?? Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // No telemetry or update checks from the Bicep compiler; no inherited settings that change what is tested.
        start.Environment["BICEP_TRACING_ENABLED"] = "false";
        start.Environment.Remove("JOURNEYBOT_IMAGE");
        start.Environment.Remove("JOURNEYBOT_SIGNING_KEY");
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
        using var timeout = new CancellationTokenSource(Timeout);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', start.ArgumentList)} did not finish within {Timeout.TotalSeconds} s.");
        }

        return new ToolResult(process.ExitCode, await output, await error);
    }
}
