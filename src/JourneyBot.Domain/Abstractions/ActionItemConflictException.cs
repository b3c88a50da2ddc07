namespace JourneyBot.Domain.Abstractions;

/// <summary>The action item id is taken, or concurrent writers kept colliding; nothing was written.</summary>
public sealed class ActionItemConflictException(string itemId, Exception? innerException = null)
    : Exception($"Action item '{itemId}' conflicted with another write.", innerException)
{
    public string ItemId { get; } = itemId;
}
