using Microsoft.Extensions.Logging;

namespace JourneyBot.Logging;

/// <summary>A logger that hands providers a masked copy of any entry or scope that holds a secret.</summary>
internal sealed class RedactingLogger(ILogger inner, LogRedactor redactor) : ILogger
{
    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull
    {
        var redacted = Redacted(state, state.ToString() ?? string.Empty);
        return redacted is null ? inner.BeginScope(state) : inner.BeginScope(redacted);
    }

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        if (!inner.IsEnabled(logLevel))
        {
            return;
        }

        var redactedException = exception is null ? null : RedactedException.From(exception, redactor);
        var redactedState = Redacted(state, formatter(state, exception));
        if (redactedState is null && redactedException is null)
        {
            inner.Log(logLevel, eventId, state, exception, formatter);
        }
        else if (redactedState is null)
        {
            inner.Log(logLevel, eventId, state, redactedException, (s, _) => formatter(s, exception));
        }
        else
        {
            inner.Log(logLevel, eventId, redactedState, redactedException ?? exception, static (s, _) => s.ToString());
        }
    }

    /// <summary>A masked copy of <paramref name="state"/>, or null when neither its text nor its values hold a secret.</summary>
    private RedactedLogState? Redacted<TState>(TState state, string message)
    {
        var redactedMessage = redactor.Redact(message);
        var changed = !ReferenceEquals(redactedMessage, message);
        List<KeyValuePair<string, object?>>? values = null;
        if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
        {
            values = [];
            foreach (var pair in pairs)
            {
                // The template is code, not data: it stays as written.
                var masked = pair.Key == "{OriginalFormat}" ? null : redactor.RedactValue(pair.Value);
                changed |= masked is not null;
                values.Add(masked is null ? pair : new KeyValuePair<string, object?>(pair.Key, masked));
            }
        }

        return changed ? new RedactedLogState(redactedMessage, values ?? []) : null;
    }
}
