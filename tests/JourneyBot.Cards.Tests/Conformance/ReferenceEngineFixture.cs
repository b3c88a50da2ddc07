using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace JourneyBot.Cards.Tests.Conformance;

/// <summary>
/// Expands the whole corpus once with the official engine, adaptivecards-templating, by running
/// <c>reference-expand.js</c> under Node.js from the repository root (so the module comes from the
/// repository's node_modules). When Node.js or the module is missing, every conformance test fails
/// with the reason: the test command installs both, so a missing one is a broken setup, not a skip.
/// </summary>
public sealed class ReferenceEngineFixture : IAsyncLifetime
{
    /// <summary>The version package-lock.json pins; our engine is checked against exactly this one.</summary>
    public const string ExpectedEngineVersion = "2.3.1";

    private const string EnginePackage = "adaptivecards-templating";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private Dictionary<string, ReferenceExpansion>? _results;
    private string? _failure;

    /// <summary>The version of the engine that produced the results.</summary>
    public string? EngineVersion { get; private set; }

    internal ReferenceExpansion ResultFor(string caseName)
    {
        EnsureAvailable();
        Assert.True(_results!.TryGetValue(caseName, out var result), $"The reference engine returned no result for corpus case {caseName}.");
        return result;
    }

    internal void EnsureAvailable()
    {
        if (_failure is not null)
        {
            Assert.Fail(_failure);
        }
    }

    public async Task InitializeAsync()
    {
        try
        {
            await RunAsync();
        }
        catch (ReferenceEngineUnavailableException ex)
        {
            _failure = ex.Message;
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task RunAsync()
    {
        var root = FindRepositoryRoot();
        var nodeModules = Path.Combine(root, "node_modules");
        if (!File.Exists(Path.Combine(nodeModules, EnginePackage, "package.json")))
        {
            throw new ReferenceEngineUnavailableException(
                $"{EnginePackage} is not installed in {nodeModules}. Run `npm ci` in {root} " +
                "(deployment/local/test.sh does it before the tests).");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Conformance", "reference-expand.js"));
        start.ArgumentList.Add(ConformanceCase.CorpusDirectory);
        start.Environment["NODE_PATH"] = nodeModules;

        using var process = StartNode(start);
        using var timeout = new CancellationTokenSource(Timeout);
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
            await Task.WhenAll(stdout, stderr);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new ReferenceEngineUnavailableException($"reference-expand.js did not finish within {Timeout.TotalSeconds} s.");
        }

        if (process.ExitCode != 0)
        {
            throw new ReferenceEngineUnavailableException($"reference-expand.js exited with {process.ExitCode}:{Environment.NewLine}{await stderr}");
        }

        var report = JsonNode.Parse(await stdout)!.AsObject();
        EngineVersion = report["engine"]?.GetValue<string>();
        _results = report["results"]!.AsObject().ToDictionary(
            entry => entry.Key,
            entry => new ReferenceExpansion(entry.Value!["output"]?.DeepClone(), entry.Value["error"]?.GetValue<string>()),
            StringComparer.Ordinal);
    }

    private static Process StartNode(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new ReferenceEngineUnavailableException("`node` did not start.");
        }
        catch (Win32Exception ex)
        {
            throw new ReferenceEngineUnavailableException(
                $"`node` could not be started ({ex.Message}). The conformance tests need Node.js on the PATH; see README.md (prerequisites).");
        }
    }

    // The tests run from bin/<configuration>/<tfm> inside the checkout; the root is where package.json is.
    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "package.json")))
            {
                return directory.FullName;
            }
        }

        throw new ReferenceEngineUnavailableException(
            $"No package.json in {AppContext.BaseDirectory} or above: the conformance tests must run inside the repository checkout.");
    }

    private sealed class ReferenceEngineUnavailableException(string message) : Exception(message);
}
