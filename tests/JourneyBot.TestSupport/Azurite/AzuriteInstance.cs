using System.ComponentModel;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using JourneyBot.TestSupport.Processes;
using JourneyBot.TestSupport.Reliability;

namespace JourneyBot.TestSupport.Azurite;

/// <summary>
/// One Azurite table server run by this process, in memory or (<c>persistent</c>) in a folder of its own.
/// Most tests share the one of <see cref="AzuriteServer"/>; tests about storage outages start their own
/// persistent one, <see cref="StopAsync"/> it and <see cref="StartAgainAsync"/> it on the same port with its data.
/// </summary>
public sealed class AzuriteInstance : IAsyncDisposable, IStorageControl
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);
    private const string ClosedMessage = "Azurite Table service successfully closed";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    // Preloaded into Azurite: exits when this process's end of stdin closes, so a test process
    // that dies without running its exit handlers does not leave Azurite behind.
    private const string Watchdog = "process.stdin.on('close', () => process.exit(0)); process.stdin.resume();\n";

    private readonly DirectoryInfo _workspace;
    private readonly bool _persistent;
    private readonly StringBuilder _output = new();
    private Process? _process;

    private AzuriteInstance(DirectoryInfo workspace, int port, bool persistent)
    {
        _workspace = workspace;
        Port = port;
        _persistent = persistent;
    }

    public int Port { get; }

    /// <summary>True while the server process runs.</summary>
    public bool IsRunning => _process is { HasExited: false };

    public string ConnectionString => AzuriteServer.ConnectionStringFor(Port);

    /// <summary>
    /// Starts Azurite's table server on 127.0.0.1:<paramref name="port"/> (a free port when null) and
    /// waits until it accepts connections.
    /// </summary>
    public static Task<AzuriteInstance> StartAsync(int? port = null, CancellationToken cancellationToken = default) =>
        StartAsync(port, persistent: false, cancellationToken);

    /// <summary>
    /// Like <see cref="StartAsync(int?, CancellationToken)"/>; with <paramref name="persistent"/> the data lives in
    /// a folder of this instance (deleted on dispose) instead of memory, so it survives <see cref="StopAsync"/>
    /// and <see cref="StartAgainAsync"/>.
    /// </summary>
    public static async Task<AzuriteInstance> StartAsync(int? port, bool persistent, CancellationToken cancellationToken = default)
    {
        var actualPort = port ?? FreePort();
        var instance = new AzuriteInstance(Directory.CreateTempSubdirectory("journeybot-azurite-"), actualPort, persistent);
        try
        {
            await instance.LaunchAsync(cancellationToken);
            return instance;
        }
        catch
        {
            await instance.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Stops the server the way an operator would (SIGINT: a persistent instance writes its data out first) and
    /// waits for it to be gone; the port then refuses connections until <see cref="StartAgainAsync"/>.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_process is not { } process)
        {
            return;
        }

        if (!process.HasExited && PosixSignals.TryInterrupt(process.Id))
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(StopTimeout);
            try
            {
                // The watchdog keeps node alive after Azurite closed; its close message says the data is written.
                while (!process.HasExited && !Output().Contains(ClosedMessage, StringComparison.Ordinal))
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(50), timeout.Token);
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"Azurite on port {Port} did not close within {StopTimeout.TotalSeconds} s:{Environment.NewLine}{Output()}");
            }
        }

        Kill();
        await process.WaitForExitAsync(cancellationToken);
        process.Dispose();
        _process = null;
    }

    /// <summary>Starts the server again on the same port (and, when persistent, with the same data).</summary>
    public async Task StartAgainAsync(CancellationToken cancellationToken = default)
    {
        if (IsRunning)
        {
            throw new InvalidOperationException($"Azurite on port {Port} is running already.");
        }

        lock (_output)
        {
            _output.Clear();
        }

        await LaunchAsync(cancellationToken);
    }

    private async Task LaunchAsync(CancellationToken cancellationToken)
    {
        var root = RepositoryRoot.Find();
        var main = Path.Combine(root, "node_modules", "azurite", "dist", "src", "table", "main.js");
        if (!File.Exists(main))
        {
            throw new InvalidOperationException(
                $"Azurite is not installed ({main} is missing). Run `npm ci` in {root} first, " +
                $"or set {AzuriteServer.EnvironmentVariable} to the connection string of a running Azurite.");
        }

        if (await IsListeningAsync(Port, cancellationToken))
        {
            // Otherwise the wait below would mistake whatever holds the port for our Azurite.
            throw new InvalidOperationException($"Cannot start Azurite on port {Port}: something already listens there.");
        }

        var watchdog = Path.Combine(_workspace.FullName, "watchdog.js");
        await File.WriteAllTextAsync(watchdog, Watchdog, cancellationToken);
        var data = Directory.CreateDirectory(Path.Combine(_workspace.FullName, "data"));

        var startInfo = new ProcessStartInfo("node")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _workspace.FullName,
        };
        foreach (var argument in new[]
        {
            "--require", watchdog, main,
            "--tableHost", "127.0.0.1", "--tablePort", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--skipApiVersionCheck", "--disableProductStyleUrl", "--disableTelemetry",
            "--silent",
        })
        {
            startInfo.ArgumentList.Add(argument);
        }

        // Azurite refuses --location together with --inMemoryPersistence.
        foreach (var argument in _persistent ? new[] { "--location", data.FullName } : ["--inMemoryPersistence"])
        {
            startInfo.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Append(_output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(_output, e.Data);
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            process.Dispose();
            throw new InvalidOperationException("Could not run `node` to start Azurite: is Node.js on the PATH?", ex);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        await WaitUntilListeningAsync(process, cancellationToken);
    }

    /// <summary>Stops the server (its data is gone) and waits for it to exit.</summary>
    public async ValueTask DisposeAsync()
    {
        Kill();
        if (_process is { } process)
        {
            await process.WaitForExitAsync(CancellationToken.None);
            process.Dispose();
            _process = null;
        }

        try
        {
            _workspace.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    /// <summary>Kills the server without waiting; for process-exit handlers.</summary>
    public void Kill()
    {
        try
        {
            if (_process is { HasExited: false } process)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Exited between the check and the kill.
        }
    }

    private async Task WaitUntilListeningAsync(Process process, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StartTimeout);
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException(
                    $"Azurite exited with code {process.ExitCode} before listening on port {Port}:{Environment.NewLine}{Output()}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port, timeout.Token);
                return;
            }
            catch (SocketException)
            {
                // Not listening yet.
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException(
                    $"Azurite did not listen on port {Port} within {StartTimeout.TotalSeconds} s:{Environment.NewLine}{Output()}");
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException(
                    $"Azurite did not listen on port {Port} within {StartTimeout.TotalSeconds} s:{Environment.NewLine}{Output()}");
            }
        }
    }

    private static async Task<bool> IsListeningAsync(int port, CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    /// <summary>A port nobody listens on right now (the OS picks it).</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}
