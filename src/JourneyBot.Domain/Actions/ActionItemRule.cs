namespace JourneyBot.Domain.Actions;

/// <summary>Why an action item was refused.</summary>
public enum ActionItemRule
{
    EmptyText,
    TextTooLong,
    UnknownNote,
    NotAllowed,
}
