using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JourneyBot.Storage.Diagnostics;

/// <summary>Registers the readiness check of Table Storage.</summary>
public static class TableStorageHealthCheckExtensions
{
    /// <summary>The name of the check in health reports.</summary>
    public const string CheckName = "table-storage";

    /// <summary>
    /// Adds the check <see cref="CheckName"/>: one request to Table Storage (a query of the table list; nothing is
    /// created), without retries and with a 2 s time-out, whose answer is reused for 5 s. Needs
    /// <see cref="StorageServiceCollectionExtensions.AddJourneyStorage"/>.
    /// </summary>
    public static IHealthChecksBuilder AddTableStorage(this IHealthChecksBuilder builder, IEnumerable<string> tags)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<TableStorageHealthCheck>();
        return builder.AddCheck<TableStorageHealthCheck>(CheckName, HealthStatus.Unhealthy, tags);
    }
}
