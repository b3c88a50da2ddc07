using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace JourneyBot.Logging;

/// <summary>Registers the masking logger factory.</summary>
internal static class LoggingRedactionExtensions
{
    /// <summary>
    /// Replaces the host's <see cref="ILoggerFactory"/> with one whose loggers mask secrets (<see cref="LogRedactor"/>):
    /// the patterns, plus the configured app password, map link signing key and storage account key verbatim.
    /// </summary>
    public static IHostApplicationBuilder AddSecretRedactingLogs(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(services =>
        {
            var redactor = new LogRedactor(
            [
                configuration["Bot:ClientSecret"],
                configuration["MapLinks:SigningKey"],
                AccountKeyOf(configuration["Storage:ConnectionString"]),
            ]);
            var inner = new LoggerFactory(
                services.GetServices<ILoggerProvider>(),
                services.GetRequiredService<IOptionsMonitor<LoggerFilterOptions>>(),
                services.GetService<IOptions<LoggerFactoryOptions>>(),
                services.GetService<IExternalScopeProvider>());
            return new RedactingLoggerFactory(inner, redactor);
        }));
        return builder;
    }

    private static string? AccountKeyOf(string? connectionString) =>
        connectionString?
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2))
            .FirstOrDefault(pair => pair.Length == 2 && pair[0].Equals("AccountKey", StringComparison.OrdinalIgnoreCase))?[1];
}
