namespace JourneyBot.Domain.Actions;

/// <summary>Where an action item stands.</summary>
public enum ActionStatus
{
    Open,
    Doing,
    Done,
}
