namespace JourneyBot.BotKit.Dialogs;

/// <summary>Where the dialog stack stands after a turn.</summary>
public enum DialogTurnStatus
{
    /// <summary>No dialog was running.</summary>
    Empty,

    /// <summary>A dialog asked something and waits for the next message.</summary>
    Waiting,

    /// <summary>The outermost dialog finished.</summary>
    Complete,

    /// <summary>The stack was cancelled (by the user, or after too many wrong answers).</summary>
    Cancelled,
}

/// <summary>Status plus the result of a completed dialog.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null)
{
    public static DialogTurnResult Waiting { get; } = new(DialogTurnStatus.Waiting);
}
