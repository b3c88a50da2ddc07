using System.ComponentModel;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace JourneyBot.TestSupport.Azurite;

/// <summary>
/// One Azurite table server run by this process, in memory. Most tests share the one of
/// <see cref="AzuriteServer"/>; tests about storage outages start and stop their own.
/// </summary>
public sealed class AzuriteInstance : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    // Preloaded into Azurite: exits when this process's end of stdin closes, so a test process
    // that dies without running its exit handlers does not leave Azurite behind.
    private const string Watchdog = "process.stdin.on('close', () => process.exit(0)); process.stdin.resume();\n";

    private readonly Process _process;
    private readonly DirectoryInfo _workspace;
    private readonly StringBuilder _output;

    private AzuriteInstance(Process process, DirectoryInfo workspace, StringBuilder output, int port)
    {
        _process = process;
        _workspace = workspace;
        _output = output;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => AzuriteServer.ConnectionStringFor(Port);

    /// <summary>
    /// Starts Azurite's table server on 127.0.0.1:<paramref name="port"/> (a free port when null) and
    /// waits until it accepts connections.
    /// </summary>
    public static async Task<AzuriteInstance> StartAsync(int? port = null, CancellationToken cancellationToken = default)
    {
        var root = RepositoryRoot.Find();
        var main = Path.Combine(root, "node_modules", "azurite", "dist", "src", "table", "main.js");
        if (!File.Exists(main))
        {
            throw new InvalidOperationException(
                $"Azurite is not installed ({main} is missing). Run `npm ci` in {root} first, " +
                $"or set {AzuriteServer.EnvironmentVariable} to the connection string of a running Azurite.");
        }

        var actualPort = port ?? FreePort();
        if (port is not null && await IsListeningAsync(actualPort, cancellationToken))
        {
            // Otherwise the wait below would mistake whatever holds the port for our Azurite.
            throw new InvalidOperationException($"Cannot start Azurite on port {actualPort}: something already listens there.");
        }

        var workspace = Directory.CreateTempSubdirectory("journeybot-azurite-");
        var watchdog = Path.Combine(workspace.FullName, "watchdog.js");
        await File.WriteAllTextAsync(watchdog, Watchdog, cancellationToken);

        var startInfo = new ProcessStartInfo("node")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workspace.FullName,
        };
        foreach (var argument in new[]
        {
            "--require", watchdog, main,
            "--tableHost", "127.0.0.1", "--tablePort", actualPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--inMemoryPersistence", "--skipApiVersionCheck", "--disableProductStyleUrl", "--disableTelemetry",
            "--silent",
        })
        {
            startInfo.ArgumentList.Add(argument);
        }

        var output = new StringBuilder();
        var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            process.Dispose();
            workspace.Delete(recursive: true);
            throw new InvalidOperationException("Could not run `node` to start Azurite: is Node.js on the PATH?", ex);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var instance = new AzuriteInstance(process, workspace, output, actualPort);
        try
        {
            await instance.WaitUntilListeningAsync(cancellationToken);
            return instance;
        }
        catch
        {
            await instance.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops the server (its in-memory data is gone) and waits for it to exit.</summary>
    public async ValueTask DisposeAsync()
    {
        Kill();
        await _process.WaitForExitAsync(CancellationToken.None);
        _process.Dispose();
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
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Exited between the check and the kill.
        }
    }

    private async Task WaitUntilListeningAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StartTimeout);
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException(
                    $"Azurite exited with code {_process.ExitCode} before listening on port {Port}:{Environment.NewLine}{Output()}");
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
