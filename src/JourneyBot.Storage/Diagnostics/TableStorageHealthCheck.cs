using System.Globalization;
using Azure;
using Azure.Core;
using Azure.Data.Tables;
using JourneyBot.Storage.Tables;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace JourneyBot.Storage.Diagnostics;

/// <summary>
/// Readiness: Table Storage answers. One cheap request, a query of the table list for the bot's maps table (it
/// creates nothing and reads no entity; a table not created yet is still an answer), sent without retries and
/// given <see cref="Timeout"/>. The result is kept for <see cref="CacheDuration"/> after it arrives, and probes
/// that come while one is in flight wait for that one, so a storm of probes sends one request per window.
/// Its requests are counted as background table transactions (they are billed) but not traced: a probe every few
/// seconds would drown the traces that matter.
/// </summary>
internal sealed class TableStorageHealthCheck : IHealthCheck
{
    /// <summary>How long an answer is reused.</summary>
    internal static readonly TimeSpan CacheDuration = TimeSpan.FromSeconds(5);

    /// <summary>How long the probe waits for storage (below the usual 5 s of a readiness probe).</summary>
    internal static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    private readonly TableServiceClient _probeClient;
    private readonly string _table;
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();
    private Task<HealthCheckResult>? _probe;
    private long _answeredAt;

    public TableStorageHealthCheck(IOptions<TableStorageOptions> options, TableTransactionCounter counter, TimeProvider time, TokenCredential? credential = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        var probeSettings = new TableStorageOptions
        {
            ConnectionString = settings.ConnectionString,
            ServiceUri = settings.ServiceUri,
            TablePrefix = settings.TablePrefix,
            MaxRetries = 0,
            RetryDelay = settings.RetryDelay,
            MaxRetryDelay = settings.MaxRetryDelay,
            NetworkTimeout = Timeout,
        };
        _probeClient = TableServiceClientFactory.Create(probeSettings, credential, counter, traced: false);
        _table = settings.TablePrefix + TableNames.Maps;
        _time = time;
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        Task<HealthCheckResult> probe;
        lock (_lock)
        {
            if (_probe is null || (_probe.IsCompleted && _time.GetElapsedTime(_answeredAt) >= CacheDuration))
            {
                _probe = ProbeAsync();
            }

            probe = _probe;
        }

        // The probe is shared: one caller giving up must not cancel it for the others.
        return probe.WaitAsync(cancellationToken);
    }

    private async Task<HealthCheckResult> ProbeAsync()
    {
        HealthCheckResult result;
        using var timeout = new CancellationTokenSource(Timeout, _time);
        try
        {
            var tables = _probeClient.QueryAsync(TableClient.CreateQueryFilter($"TableName eq {_table}"), maxPerPage: 1, timeout.Token);
            await foreach (var _ in tables.AsPages().WithCancellation(timeout.Token))
            {
                break;
            }

            result = HealthCheckResult.Healthy("Table Storage answered.");
        }
        catch (RequestFailedException exception) when (exception.Status > 0)
        {
            result = HealthCheckResult.Unhealthy(
                string.Create(CultureInfo.InvariantCulture, $"Table Storage refused the request ({exception.Status} {exception.ErrorCode})."),
                exception);
        }
        catch (OperationCanceledException exception) when (timeout.IsCancellationRequested)
        {
            result = HealthCheckResult.Unhealthy(
                string.Create(CultureInfo.InvariantCulture, $"Table Storage did not answer within {Timeout.TotalSeconds:0.#} s."),
                exception);
        }
        catch (Exception exception)
        {
            result = HealthCheckResult.Unhealthy($"Table Storage could not be reached ({exception.GetType().Name}).", exception);
        }

        lock (_lock)
        {
            _answeredAt = _time.GetTimestamp();
        }

        return result;
    }
}
