namespace JourneyBot.TestSupport.Processes;

/// <summary>A child process failed to start, exited early or did not become ready in time.</summary>
public sealed class ChildProcessException : Exception
{
    public ChildProcessException()
    {
    }

    public ChildProcessException(string message)
        : base(message)
    {
    }

    public ChildProcessException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
