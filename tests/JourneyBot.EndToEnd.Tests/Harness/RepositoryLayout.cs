namespace JourneyBot.EndToEnd.Tests.Harness;

/// <summary>Where the things the end-to-end tests run live, found from the test assembly's location.</summary>
public static class RepositoryLayout
{
    /// <summary>Points the tests at another bot build (e.g. a published one) instead of src/JourneyBot's.</summary>
    public const string BotDllVariable = "JOURNEYBOT_E2E_BOT_DLL";

    /// <summary>The folder holding JourneyBot.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The configuration the tests were built in (Debug, Release), read from their output path.</summary>
    public static string Configuration { get; } =
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent?.Name ?? "Debug";

    /// <summary>src/JourneyBot/bin/&lt;Configuration&gt;/net10.0/JourneyBot.dll, built with the solution.</summary>
    public static string BotDll =>
        Environment.GetEnvironmentVariable(BotDllVariable) is { Length: > 0 } custom
            ? Path.GetFullPath(custom)
            : Path.Combine(Root, "src", "JourneyBot", "bin", Configuration, "net10.0", "JourneyBot.dll");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "JourneyBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No JourneyBot.sln above {AppContext.BaseDirectory}.");
    }
}
