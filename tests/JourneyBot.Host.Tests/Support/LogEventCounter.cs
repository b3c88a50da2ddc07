using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace JourneyBot.Host.Tests.Support;

/// <summary>Counts the host's log events by name, at every level (for reporting what happened under load).</summary>
public sealed class LogEventCounter : ILoggerProvider
{
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    /// <summary>Events seen so far, by event name (or id), most frequent first.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> Counts => [.. _counts.OrderByDescending(c => c.Value)];

    public ILogger CreateLogger(string categoryName) => new Counter(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Counter(LogEventCounter owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => category.StartsWith("JourneyBot", StringComparison.Ordinal);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                var name = $"{category.Split('.')[^1]}.{eventId.Name ?? eventId.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
                owner._counts.AddOrUpdate(name, 1, (_, n) => n + 1);
            }
        }
    }
}
