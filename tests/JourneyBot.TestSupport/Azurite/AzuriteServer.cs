namespace JourneyBot.TestSupport.Azurite;

/// <summary>
/// The Azurite table endpoint for integration tests. The test command starts Azurite itself and sets
/// <see cref="EnvironmentVariable"/>; without it (running tests from an IDE, say) one Azurite is started
/// for the whole test process from the repository's <c>node_modules</c> and stopped when the process exits.
/// </summary>
public static class AzuriteServer
{
    /// <summary>Holds the connection string of an Azurite started by the test command.</summary>
    public const string EnvironmentVariable = "JOURNEYBOT_TEST_STORAGE";

    /// <summary>The well-known key of Azurite's <c>devstoreaccount1</c>; not a secret.</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly SemaphoreSlim StartGate = new(1, 1);
    private static AzuriteInstance? _shared;

    /// <summary>
    /// The connection string of <see cref="EnvironmentVariable"/> if set; otherwise of the process-wide
    /// Azurite, started on first use (a failed start is tried again by the next caller).
    /// </summary>
    public static async Task<string> GetConnectionStringAsync(CancellationToken cancellationToken = default)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return fromEnvironment;
        }

        if (Volatile.Read(ref _shared) is { } running)
        {
            return running.ConnectionString;
        }

        await StartGate.WaitAsync(cancellationToken);
        try
        {
            if (_shared is null)
            {
                var started = await AzuriteInstance.StartAsync(cancellationToken: cancellationToken);
                AppDomain.CurrentDomain.ProcessExit += (_, _) => started.Kill();
                Volatile.Write(ref _shared, started);
            }

            return _shared!.ConnectionString;
        }
        finally
        {
            StartGate.Release();
        }
    }

    /// <summary>The devstoreaccount1 connection string for an Azurite table endpoint on 127.0.0.1:<paramref name="port"/>.</summary>
    public static string ConnectionStringFor(int port) =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        $"AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";
}
