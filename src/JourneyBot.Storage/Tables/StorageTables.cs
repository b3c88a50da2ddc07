using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;
using Azure.Data.Tables.Models;
using JourneyBot.Domain.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JourneyBot.Storage.Tables;

/// <summary>
/// Hands out the bot's tables, creating each one lazily the first time it is used. A failed creation
/// (storage down) is not remembered, so the next call tries again and the bot recovers without a restart.
/// Storage that cannot be reached surfaces as a <see cref="StorageUnavailableException"/>.
/// </summary>
internal sealed class StorageTables
{
    private readonly TableServiceClient _service;
    private readonly ILogger<StorageTables> _logger;
    private readonly string _prefix;
    private readonly ConcurrentDictionary<string, LazyTable> _tables = new(StringComparer.Ordinal);

    public StorageTables(TableServiceClient service, IOptions<TableStorageOptions> options, ILogger<StorageTables> logger)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(options);
        _service = service;
        _logger = logger;
        _prefix = options.Value.TablePrefix ?? string.Empty;
    }

    /// <summary>The full name of a table: the configured prefix plus one of <see cref="TableNames"/>.</summary>
    public string FullName(string table) => _prefix + table;

    /// <summary>
    /// Runs <paramref name="operation"/> against <paramref name="table"/>, creating the table first if this
    /// process has not done so yet. When the table turns out to be gone (an emulator restarted without
    /// persistence, a clean-up script), it is created again and the operation, which wrote nothing,
    /// runs once more.
    /// </summary>
    public async Task<T> RunAsync<T>(
        string table,
        Func<TableClient, CancellationToken, Task<T>> operation,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        try
        {
            return await RunOnceOrTwiceAsync(table, operation, cancellationToken);
        }
        catch (Exception ex) when (IsUnavailable(ex, cancellationToken))
        {
            // The client's own retries are spent: callers get one exception that says storage is away
            // (not a conflict, not a missing row), so they can tell the person to try again.
            _logger.StorageUnavailable(ex, _prefix + table);
            throw new StorageUnavailableException(_prefix + table, ex);
        }
    }

    /// <summary>
    /// True for failures that mean storage was not reached or did not answer: no connection, a network
    /// time-out, a 5xx (server busy or failing), or the retry policy's aggregate of those. HTTP answers
    /// such as 404, 409 and 412 are not: they are the callers' business.
    /// </summary>
    internal static bool IsUnavailable(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        StorageUnavailableException => false,
        RequestFailedException failed => failed.Status is 0 or >= 500,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(inner => IsUnavailable(inner, cancellationToken)),
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        HttpRequestException or IOException or System.Net.Sockets.SocketException => true,
        _ => false,
    };

    private async Task<T> RunOnceOrTwiceAsync<T>(
        string table,
        Func<TableClient, CancellationToken, Task<T>> operation,
        CancellationToken cancellationToken)
    {
        var lazy = _tables.GetOrAdd(table, name => new LazyTable(_service.GetTableClient(_prefix + name), _logger));
        var client = await lazy.GetAsync(cancellationToken);
        try
        {
            return await operation(client, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.ErrorCode == TableErrorCode.TableNotFound.ToString())
        {
            _logger.TableDisappeared(ex, client.Name);
            lazy.Forget();
        }

        client = await lazy.GetAsync(cancellationToken);
        return await operation(client, cancellationToken);
    }

    /// <summary>Like <see cref="RunAsync{T}"/> for operations without a result.</summary>
    public Task RunAsync(
        string table,
        Func<TableClient, CancellationToken, Task> operation,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return RunAsync(
            table,
            async (client, ct) =>
            {
                await operation(client, ct);
                return true;
            },
            cancellationToken);
    }

    private sealed class LazyTable(TableClient client, ILogger logger)
    {
        private readonly Lock _lock = new();
        private Task? _creation;

        public async Task<TableClient> GetAsync(CancellationToken cancellationToken)
        {
            Task creation;
            lock (_lock)
            {
                if (_creation is null || _creation.IsFaulted || _creation.IsCanceled)
                {
                    // Shared by every caller waiting for this table, so one caller's cancellation must not
                    // cancel it for the others; each caller stops waiting on its own token instead.
                    _creation = CreateAsync();
                }

                creation = _creation;
            }

            await creation.WaitAsync(cancellationToken);
            return client;
        }

        /// <summary>Makes the next <see cref="GetAsync"/> create the table again.</summary>
        public void Forget()
        {
            lock (_lock)
            {
                if (_creation is { IsCompletedSuccessfully: true })
                {
                    _creation = null;
                }
            }
        }

        private async Task CreateAsync()
        {
            try
            {
                await client.CreateIfNotExistsAsync(CancellationToken.None);
                logger.TableReady(client.Name);
            }
            catch (Exception ex)
            {
                // Logged here once for all waiting callers, then rethrown to each of them.
                logger.TableCreationFailed(ex, client.Name);
                throw;
            }
        }
    }
}
