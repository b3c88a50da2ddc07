namespace JourneyBot.Journeys.Notes;

/// <summary>Why a message could not be read as a note shortcut; the caller explains it to the person.</summary>
public enum NoteShortcutError
{
    /// <summary>It was read.</summary>
    None,

    /// <summary>The message does not start with a note kind word, so it is something else (perhaps an unknown command).</summary>
    NotAShortcut,

    /// <summary>No stage before the colon (or, for an emotion, before the score).</summary>
    MissingStage,

    /// <summary>Nothing after the stage: no colon and no next line, or only an empty quote, channel or tags.</summary>
    MissingText,

    /// <summary>An emotion without a number after the stage.</summary>
    MissingScore,

    /// <summary>An emotion whose score is not a whole number from -2 to +2.</summary>
    ScoreOutOfRange,

    /// <summary>A hand-off without both a from-lane and a to-lane.</summary>
    HandoffNeedsTwoLanes,

    /// <summary>The note text is longer than <see cref="JourneyBot.Domain.Notes.Note.MaxTextLength"/>.</summary>
    TextTooLong,

    /// <summary>A speaker or channel is longer than <see cref="JourneyBot.Domain.Notes.Note.MaxFieldLength"/>.</summary>
    FieldTooLong,
}
