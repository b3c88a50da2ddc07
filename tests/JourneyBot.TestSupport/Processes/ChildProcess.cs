using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace JourneyBot.TestSupport.Processes;

/// <summary>
/// A process started for a test (the bot, the Playground, Azurite): its output is kept in a
/// bounded buffer for failure messages, callers can wait for a line or for an HTTP URL to
/// answer, and disposing kills the whole process tree so a failed test leaves no orphans.
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private static readonly TimeSpan DisposeTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private readonly Process _process;
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _disposed;

    private ChildProcess(ChildProcessOptions options, Process process)
    {
        Options = options;
        _process = process;
        Output = new OutputBuffer(options.OutputCapacity);
    }

    public ChildProcessOptions Options { get; }

    public string Name => Options.Name;

    /// <summary>The last lines of stdout and stderr (stderr lines start with <c>[stderr] </c>).</summary>
    public OutputBuffer Output { get; }

    public int Id => _process.Id;

    public bool HasExited => _exited.Task.IsCompleted;

    /// <summary>The exit code once exited, otherwise null.</summary>
    public int? ExitCode => HasExited ? _process.ExitCode : null;

    /// <summary>Completes when the process exits.</summary>
    public Task Exited => _exited.Task;

    /// <summary>Starts the process; throws <see cref="ChildProcessException"/> when it cannot.</summary>
    public static ChildProcess Start(ChildProcessOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var startInfo = new ProcessStartInfo(options.FileName)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = options.WorkingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in options.Arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in options.Environment)
        {
            if (value is null)
            {
                startInfo.Environment.Remove(name);
            }
            else
            {
                startInfo.Environment[name] = value;
            }
        }

        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        var child = new ChildProcess(options, process);
        process.OutputDataReceived += (_, e) => child.OnLine(e.Data, isError: false);
        process.ErrorDataReceived += (_, e) => child.OnLine(e.Data, isError: true);
        process.Exited += (_, _) => child._exited.TrySetResult();
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            process.Dispose();
            throw new ChildProcessException($"Could not start {options.Name} ({options.FileName}): {e.Message}", e);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>
    /// Waits for an output line matching <paramref name="pattern"/> (already seen or still to come);
    /// fails when the process exits first or <paramref name="timeout"/> passes.
    /// </summary>
    public async Task<Match> WaitForOutputAsync(Regex pattern, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        var lineTask = Output.WaitForLineAsync(pattern, timeoutSource.Token);
        try
        {
            var first = await Task.WhenAny(lineTask, Exited);
            if (first == lineTask)
            {
                return await lineTask;
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ChildProcessException($"{Name} wrote no line matching /{pattern}/ within {timeout.TotalSeconds:0.#} s.\n{Describe()}");
        }

        // The process may have written the line just before exiting.
        var match = Output.Snapshot().Select(line => pattern.Match(line)).FirstOrDefault(m => m.Success);
        return match ?? throw new ChildProcessException($"{Name} exited with code {ExitCode} before writing a line matching /{pattern}/.\n{Describe()}");
    }

    /// <summary>
    /// Polls <paramref name="url"/> until it answers with a success status; fails when the process
    /// exits first or <paramref name="timeout"/> passes.
    /// </summary>
    public async Task WaitForHttpAsync(Uri url, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        var lastProblem = "no answer yet";
        while (deadline.Elapsed < timeout)
        {
            if (HasExited)
            {
                throw new ChildProcessException($"{Name} exited with code {ExitCode} before {url} answered.\n{Describe()}");
            }

            try
            {
                using var response = await http.GetAsync(url, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }

                lastProblem = $"HTTP {(int)response.StatusCode}";
            }
            catch (HttpRequestException e)
            {
                lastProblem = e.Message;
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                lastProblem = "request timed out";
            }

            await Task.Delay(PollInterval, cancellationToken);
        }

        throw new ChildProcessException($"{url} did not answer with success within {timeout.TotalSeconds:0.#} s (last: {lastProblem}).\n{Describe()}");
    }

    /// <summary>
    /// Asks the process to stop (SIGTERM) and waits up to <paramref name="gracePeriod"/>; then kills
    /// the whole process tree.
    /// </summary>
    public async Task StopAsync(TimeSpan gracePeriod, CancellationToken cancellationToken)
    {
        if (HasExited)
        {
            // Exited can fire before the output readers saw the last lines (CI once read an empty output here).
            await DrainOutputAsync(cancellationToken);
            return;
        }

        if (PosixSignals.TryTerminate(Id))
        {
            try
            {
                await Exited.WaitAsync(gracePeriod, cancellationToken);
                await DrainOutputAsync(cancellationToken);
                return;
            }
            catch (TimeoutException)
            {
                Output.Add($"[harness] {Name} ignored SIGTERM for {gracePeriod.TotalSeconds:0.#} s; killing it");
            }
        }

        await KillTreeAsync(cancellationToken);
    }

    /// <summary>The process's identity, state and last output lines, for failure messages.</summary>
    public string Describe(int maxLines = 300)
    {
        var state = HasExited ? $"exited with code {ExitCode}" : "running";
        return $"--- {Name} (pid {TryGetId()}, {state}): {Options.FileName} {string.Join(' ', Options.Arguments)}\n{Output.Tail(maxLines)}";
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(DisposeTimeout);
            await KillTreeAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // Disposal must not hang a test run; the kill was sent, the kernel finishes the job.
        }
        finally
        {
            _process.Dispose();
        }
    }

    private async Task KillTreeAsync(CancellationToken cancellationToken)
    {
        if (!HasExited)
        {
            try
            {
                _process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It exited between the check and the kill.
            }
            catch (Win32Exception e)
            {
                Output.Add($"[harness] could not kill {Name}: {e.Message}");
            }
        }

        await Exited.WaitAsync(cancellationToken);
        await DrainOutputAsync(cancellationToken);
    }

    // Exited can fire before the last buffered output lines are delivered; WaitForExitAsync waits for both.
    private Task DrainOutputAsync(CancellationToken cancellationToken) => _process.WaitForExitAsync(cancellationToken);

    private void OnLine(string? line, bool isError)
    {
        if (line is not null)
        {
            Output.Add(isError ? "[stderr] " + line : line);
        }
    }

    private string TryGetId()
    {
        try
        {
            return _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (InvalidOperationException)
        {
            return "?";
        }
    }
}
