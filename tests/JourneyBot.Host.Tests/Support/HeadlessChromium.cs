using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace JourneyBot.Host.Tests.Support;

/// <summary>
/// Debian's Chromium run headless on a URL: one launch takes a screenshot and dumps the DOM after the page
/// loaded. Missing Chromium is a failure, not a skip: the test command installs it
/// (<c>deployment/local/test.sh</c>).
/// </summary>
public static class HeadlessChromium
{
    /// <summary>Set to a Chromium executable to use another one than Debian's.</summary>
    public const string EnvironmentVariable = "JOURNEYBOT_CHROMIUM";

    private static readonly string[] KnownPaths = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium"];

    /// <summary>The Chromium executable; throws with what to install when there is none.</summary>
    public static string Executable()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured)
                ? configured
                : throw new InvalidOperationException($"{EnvironmentVariable} names {configured}, which does not exist.");
        }

        return KnownPaths.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                "Headless Chromium is needed to test the map page but is not installed (looked for " + string.Join(", ", KnownPaths) +
                "). Install it with `sudo apt-get install -y --no-install-recommends chromium` (deployment/local/test.sh does this), " +
                $"or set {EnvironmentVariable} to a Chromium executable.");
    }

    /// <summary>Loads <paramref name="url"/> in a window of the given size; returns the PNG screenshot and the DOM as serialized after load.</summary>
    public static async Task<(byte[] Png, string Dom)> CaptureAsync(Uri url, int width, int height, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var executable = Executable();
        var workspace = Directory.CreateTempSubdirectory("journeybot-chromium-");
        try
        {
            var screenshot = Path.Combine(workspace.FullName, "page.png");
            var startInfo = new ProcessStartInfo(executable)
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = workspace.FullName,
            };
            foreach (var argument in new[]
            {
                // --no-sandbox: tests may run as root; the rest only saves start-up time.
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--no-default-browser-check", "--disable-extensions", "--mute-audio", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-breakpad", "--password-store=basic",
                "--disable-features=Translate,MediaRouter,OptimizationHints",
                $"--user-data-dir={Path.Combine(workspace.FullName, "profile")}",
                string.Create(CultureInfo.InvariantCulture, $"--window-size={width},{height}"),
                $"--screenshot={screenshot}", "--dump-dom", url.AbsoluteUri,
            })
            {
                startInfo.ArgumentList.Add(argument);
            }

            using var process = new Process { StartInfo = startInfo };
            try
            {
                process.Start();
            }
            catch (Win32Exception e)
            {
                throw new InvalidOperationException($"Could not run {executable}: {e.Message}", e);
            }

            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            try
            {
                await process.WaitForExitAsync(cancellationToken).WaitAsync(timeout, cancellationToken);
            }
            catch (TimeoutException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"Chromium did not finish {url} within {timeout.TotalSeconds} s.");
            }

            var dom = await stdout;
            var errors = await stderr;
            if (process.ExitCode != 0 || !File.Exists(screenshot))
            {
                throw new InvalidOperationException($"Chromium exited with code {process.ExitCode} without a screenshot of {url}:\n{errors}");
            }

            return (await File.ReadAllBytesAsync(screenshot, cancellationToken), dom);
        }
        finally
        {
            try
            {
                workspace.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }
}
