using Microsoft.Extensions.Logging;

namespace JourneyBot.Logging;

/// <summary>
/// The host's logger factory: every logger it makes masks secrets (<see cref="LogRedactor"/>) in messages,
/// structured values, scopes and exceptions before any provider sees them, whatever the category or level, so
/// turning ASP.NET Core's request logging up to Information does not print the map links' tokens. Filtering
/// and providers are those of the wrapped factory.
/// </summary>
internal sealed class RedactingLoggerFactory(ILoggerFactory inner, LogRedactor redactor) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName), redactor);

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose() => inner.Dispose();
}
