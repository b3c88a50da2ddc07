namespace JourneyBot.Domain.Analysis;

/// <summary>How a note changed within a period.</summary>
public enum NoteChangeKind
{
    Added,

    /// <summary>An older note whose text, place or state changed (edited, moved or restored).</summary>
    Edited,

    /// <summary>An older note deleted, or archived with its stage or lane.</summary>
    Deleted,
}
