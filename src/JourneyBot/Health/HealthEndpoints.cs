using System.Text.Json;
using JourneyBot.Storage.Diagnostics;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JourneyBot.Health;

/// <summary>
/// The probes: <c>GET /health/live</c> (the process serves requests; no dependency is asked, so a storage outage
/// never gets the instance restarted) and <c>GET /health/ready</c> (Table Storage answers; 503 with the reason
/// when not). <c>/healthz</c> is the same as live. No authentication, no rate limit, never cached by a proxy.
/// </summary>
internal static class HealthEndpoints
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    public const string LegacyPath = "/healthz";

    /// <summary>The tag of the checks that decide readiness.</summary>
    public const string ReadyTag = "ready";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    /// <summary>Registers the readiness checks.</summary>
    public static IServiceCollection AddJourneyBotHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddTableStorage([ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var live = new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync };
        endpoints.MapHealthChecks(LivePath, live);
        endpoints.MapHealthChecks(LegacyPath, live);
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync });
        return endpoints;
    }

    /// <summary>True for the probes' paths, which are left out of request traces.</summary>
    public static bool IsProbe(PathString path) =>
        path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments(LegacyPath, StringComparison.OrdinalIgnoreCase);

    /// <summary><c>{"status":"Unhealthy","checks":{"table-storage":{"status":"Unhealthy","description":"…"}}}</c>.</summary>
    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new HealthBody(
            report.Status.ToString(),
            report.Entries.ToDictionary(entry => entry.Key, entry => new HealthCheckBody(entry.Value.Status.ToString(), entry.Value.Description)));
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Json), context.RequestAborted);
    }

    private sealed record HealthBody(string Status, IReadOnlyDictionary<string, HealthCheckBody> Checks);

    private sealed record HealthCheckBody(string Status, string? Description);
}
