namespace JourneyBot.Domain.Abstractions;

/// <summary>No such action item in the map.</summary>
public sealed class ActionItemNotFoundException(string itemId) : Exception($"Action item '{itemId}' was not found.")
{
    public string ItemId { get; } = itemId;
}
