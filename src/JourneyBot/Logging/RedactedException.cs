namespace JourneyBot.Logging;

/// <summary>
/// Stands in for an exception whose text held a secret: prints as the original's full text (type, message,
/// stack, inner exceptions) with the secret masked.
/// </summary>
internal sealed class RedactedException : Exception
{
    private readonly string _text;

    private RedactedException(string message, string text)
        : base(message) => _text = text;

    public RedactedException()
        : this(string.Empty, string.Empty)
    {
    }

    public RedactedException(string message)
        : this(message, message)
    {
    }

    public RedactedException(string message, Exception innerException)
        : base(message, innerException) => _text = message;

    /// <summary>A masked stand-in for <paramref name="exception"/>, or null when its text holds no secret.</summary>
    public static RedactedException? From(Exception exception, LogRedactor redactor)
    {
        var text = exception.ToString();
        var redacted = redactor.Redact(text);
        return ReferenceEquals(redacted, text) ? null : new RedactedException(redactor.Redact(exception.Message), redacted);
    }

    public override string ToString() => _text;
}
