using System.Net;

namespace JourneyBot.TestSupport.Playground;

/// <summary>The Playground refused a request (its errors are <c>{code, message}</c>).</summary>
public sealed class PlaygroundApiException : Exception
{
    public PlaygroundApiException()
    {
    }

    public PlaygroundApiException(string message)
        : base(message)
    {
    }

    public PlaygroundApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public PlaygroundApiException(string request, HttpStatusCode status, string body)
        : base($"{request} -> HTTP {(int)status}: {body}")
    {
        Request = request;
        Status = status;
        Body = body;
    }

    public string? Request { get; }

    public HttpStatusCode? Status { get; }

    public string? Body { get; }
}
