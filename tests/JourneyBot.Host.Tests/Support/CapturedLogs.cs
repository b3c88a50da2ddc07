using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace JourneyBot.Host.Tests.Support;

/// <summary>One log call as a provider saw it: its text, structured values, exception and every scope around it.</summary>
public sealed record CapturedLog(
    string Category,
    LogLevel Level,
    string Message,
    IReadOnlyDictionary<string, string?> Values,
    string? Exception,
    IReadOnlyList<string> Scopes)
{
    /// <summary>Everything a sink could write for this entry, as one text.</summary>
    public string AllText => string.Join(
        '\n',
        [Category, Message, .. Values.Select(v => $"{v.Key}={v.Value}"), Exception ?? string.Empty, .. Scopes]);
}

/// <summary>
/// A logger provider that keeps every entry of every category at every level, with the scopes active when it
/// was written (as a console or OpenTelemetry sink would print them).
/// </summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<CapturedLog> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static IEnumerable<string> Describe(object? state)
    {
        yield return Text(state) ?? string.Empty;
        if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
        {
            foreach (var pair in pairs)
            {
                yield return $"{pair.Key}={Text(pair.Value)}";
            }
        }
    }

    private sealed class Logger(string category, CapturedLogs owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.GroupBy(p => p.Key).ToDictionary(g => g.Key, g => Text(g.First().Value))
                : new Dictionary<string, string?>();
            var scopes = new List<string>();
            owner._scopes.ForEachScope((scope, list) => list.AddRange(Describe(scope)), scopes);
            owner._entries.Enqueue(new CapturedLog(category, logLevel, formatter(state, exception), values, exception?.ToString(), scopes));
        }
    }
}
