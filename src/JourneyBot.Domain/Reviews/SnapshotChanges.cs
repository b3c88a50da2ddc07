namespace JourneyBot.Domain.Reviews;

/// <summary>Note ids that changed since a snapshot: new ones, ones whose text or place changed, and ones gone.</summary>
public sealed record SnapshotChanges(IReadOnlyList<string> Added, IReadOnlyList<string> Edited, IReadOnlyList<string> Removed)
{
    public int Total => Added.Count + Edited.Count + Removed.Count;
}
