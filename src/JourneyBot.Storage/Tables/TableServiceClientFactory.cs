using Azure.Core;
using Azure.Data.Tables;
using JourneyBot.Storage.Diagnostics;

namespace JourneyBot.Storage.Tables;

/// <summary>Builds the one <see cref="TableServiceClient"/> of the process from validated options.</summary>
internal static class TableServiceClientFactory
{
    public static TableServiceClient Create(TableStorageOptions options, TokenCredential? credential, TableTransactionCounter? counter = null, bool traced = true)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clientOptions = ClientOptions(options);
        if (traced)
        {
            // Per retry, like the counter: each request sent is a span of its own, a retry included.
            clientOptions.AddPolicy(new TableRequestTracingPolicy(), HttpPipelinePosition.PerRetry);
        }

        if (counter is not null)
        {
            // Per retry: every request sent is a transaction, including a retry of a failed one.
            clientOptions.AddPolicy(new TableTransactionPolicy(counter), HttpPipelinePosition.PerRetry);
        }

        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return new TableServiceClient(options.ConnectionString, clientOptions);
        }

        if (options.ServiceUri is null)
        {
            throw new InvalidOperationException(
                $"Set {TableStorageOptions.SectionName}:{nameof(TableStorageOptions.ConnectionString)} or {TableStorageOptions.SectionName}:{nameof(TableStorageOptions.ServiceUri)}.");
        }

        // Azure.Identity is not a dependency of this library: the host registers the credential
        // (DefaultAzureCredential in production), which keeps the choice of identity with the host.
        return credential is null
            ? throw new InvalidOperationException(
                $"{TableStorageOptions.SectionName}:{nameof(TableStorageOptions.ServiceUri)} is set, so a {nameof(TokenCredential)} " +
                "must be registered as a service (for example new DefaultAzureCredential() from Azure.Identity).")
            : new TableServiceClient(options.ServiceUri, credential, clientOptions);
    }

    /// <summary>Retries and time-outs from the options, so a turn fails fast while storage is away.</summary>
    internal static TableClientOptions ClientOptions(TableStorageOptions options)
    {
        var clientOptions = new TableClientOptions();
        clientOptions.Retry.Mode = RetryMode.Exponential;
        clientOptions.Retry.MaxRetries = options.MaxRetries;
        clientOptions.Retry.Delay = options.RetryDelay;
        clientOptions.Retry.MaxDelay = options.MaxRetryDelay;
        clientOptions.Retry.NetworkTimeout = options.NetworkTimeout;
        return clientOptions;
    }
}
