namespace JourneyBot.Domain.Notes;

/// <summary>The kinds of contribution a map holds (see DOMAIN.md).</summary>
public enum NoteKind
{
    /// <summary>An action or event: what happens in a lane at a stage.</summary>
    Action,

    /// <summary>Where the customer meets the service, with its channel.</summary>
    Touchpoint,

    PainPoint,

    /// <summary>How the customer feels, scored -2..+2, with why.</summary>
    Emotion,

    /// <summary>The process works here.</summary>
    GreenFlag,

    /// <summary>The process is broken here.</summary>
    RedFlag,

    /// <summary>A first-hand observation, verbatim, with who said it.</summary>
    Quote,

    Opportunity,

    /// <summary>Work passing from one lane to another.</summary>
    Handoff,

    /// <summary>What backs the map: interview, survey, analytics, NPS/CSAT.</summary>
    Evidence,
}
