namespace JourneyBot.TestSupport.Azurite;

/// <summary>Finds the repository checkout the tests run from.</summary>
public static class RepositoryRoot
{
    /// <summary>The nearest folder above the test binaries that holds <c>JourneyBot.sln</c>.</summary>
    public static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "JourneyBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds JourneyBot.sln.");
    }
}
