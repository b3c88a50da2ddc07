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
    /// Put in front of every table name (letters and digits, starting with a letter; empty by
    /// default) so that several bots or test runs can share one account without colliding.
    /// </summary>
    public string TablePrefix { get; set; } = string.Empty;
}
