using System.Runtime.InteropServices;

namespace JourneyBot.TestSupport.Processes;

/// <summary>Sends signals to processes: .NET can kill a process but not ask it to stop.</summary>
internal static class PosixSignals
{
    private const int SigInt = 2;
    private const int SigTerm = 15;

    /// <summary>Interrupts a process (SIGINT, as Ctrl+C). False where unsupported or when it failed.</summary>
    public static bool TryInterrupt(int processId) =>
        !OperatingSystem.IsWindows() && NativeMethods.kill(processId, SigInt) == 0;

    /// <summary>Asks a process to shut down gracefully (SIGTERM). False where unsupported or when it failed.</summary>
    public static bool TryTerminate(int processId) =>
        !OperatingSystem.IsWindows() && NativeMethods.kill(processId, SigTerm) == 0;

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
#pragma warning disable SYSLIB1054 // LibraryImport would need AllowUnsafeBlocks in the project for one call.
        internal static extern int kill(int pid, int sig);
#pragma warning restore SYSLIB1054
    }
}
