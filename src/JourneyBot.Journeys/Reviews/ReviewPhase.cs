namespace JourneyBot.Journeys.Reviews;

/// <summary>Which question the review dialog is at within a stage.</summary>
public enum ReviewPhase
{
    /// <summary>A verdict on the next note of the stage.</summary>
    Note,

    /// <summary>The new text of the note being edited.</summary>
    EditText,

    /// <summary>Whether to add input for the lanes with nothing at this stage.</summary>
    Lanes,
}
