namespace JourneyBot.Storage;

/// <summary>
/// Where the bot keeps its tables. Bound to the <c>Storage</c> configuration section and validated
/// at start: set exactly one of <see cref="ConnectionString"/> and <see cref="ServiceUri"/>.
/// </summary>
public sealed class TableStorageOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string SectionName = "Storage";

    /// <summary>
    /// A storage connection string with an account key, for Azurite and development, e.g.
    /// <c>UseDevelopmentStorage=true</c> or the devstoreaccount1 string with a <c>TableEndpoint</c>.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// The table endpoint of a production account (<c>https://ACCOUNT.table.core.windows.net/</c>),
    /// reached with the Entra ID credential registered as <see cref="Azure.Core.TokenCredential"/>.
    /// </summary>
    public Uri? ServiceUri { get; set; }

    /// <summary>
    /// With <see cref="ServiceUri"/>: the client id of the user-assigned managed identity the host's credential
    /// signs in as (a GUID). Empty: the credential's own choice (a system-assigned identity, <c>AZURE_CLIENT_ID</c>,
    /// or a developer's login). This library only carries the value; the host builds the credential.
    /// </summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>
    /// Put in front of every table name (letters and digits, starting with a letter; empty by
    /// default) so that several bots or test runs can share one account without colliding.
    /// </summary>
    public string TablePrefix { get; set; } = string.Empty;

    /// <summary>
    /// How many times the Table client retries a request that failed in transit or with a 5xx (0 disables
    /// retries). Together with <see cref="NetworkTimeout"/> and the delays it bounds how long a turn waits for
    /// storage that is away before telling the person to try again (Teams gives up after about 15 s). Default 2.
    /// </summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>The first retry's delay; later ones grow exponentially, with jitter, up to <see cref="MaxRetryDelay"/>. Default 0.2 s.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest delay between two retries. Default 1 s.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long one request (and each read of its answer) may take before it counts as failed and is retried.
    /// Default 3 s: Table operations answer in milliseconds, so a silent server should not hold a turn for long.
    /// </summary>
    public TimeSpan NetworkTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// How many reads of a large partition (a map of more than 1,000 notes, read in ranges at once) may run at the
    /// same time on this instance; more wait. Bounds the memory and the storage load of many large summaries at once.
    /// </summary>
    public int LargeReadConcurrency { get; set; } = 4;
}
