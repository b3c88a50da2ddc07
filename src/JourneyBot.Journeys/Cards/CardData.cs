namespace JourneyBot.Journeys.Cards;

// The data each template in cards/ binds to. Labels are already localized; templates hold no words.

/// <summary>Data of cards/welcome.json.</summary>
public sealed record WelcomeCardData(string Title, string Body, string Next, string MentionHint, bool ShowMentionHint, string NewMapButton, string HelpButton);

/// <summary>Data of cards/help.json.</summary>
public sealed record HelpCardData(string Title, string Intro, IReadOnlyList<CommandUsageData> Commands, string NewMapButton, string ShowMapButton, string MapsButton);

/// <summary>One line of the help card.</summary>
public sealed record CommandUsageData(string Usage, string Description);

/// <summary>Data of cards/map.json.</summary>
public sealed record MapCardData(
    string Name,
    string Id,
    IReadOnlyList<FactData> Facts,
    string StagesHeading,
    IReadOnlyList<StageRowData> Stages,
    string NoStages,
    string LanesHeading,
    IReadOnlyList<LaneRowData> Lanes,
    string NoLanes,
    string ContributorsHeading,
    IReadOnlyList<ContributorData> Contributors,
    string NoContributors,
    string AddNoteButton,
    string AddStageButton,
    string HelpButton,
    string MapPageButton,
    string MapPageUrl);

/// <summary>A title/value pair of a FactSet.</summary>
public sealed record FactData(string Title, string Value);

/// <summary>A stage row of the map card.</summary>
public sealed record StageRowData(string Position, string Name, string Notes);

/// <summary>A person who added notes, and how many.</summary>
public sealed record ContributorData(string Name, string Notes);

/// <summary>A lane row of the map card.</summary>
public sealed record LaneRowData(string Name, bool IsCustomer, string Note);

/// <summary>Data of cards/note-added.json.</summary>
public sealed record NoteAddedCardData(string Text, string UndoButton, string UndoCommand, string ActionButton, string ActionCommand, string MapId);

/// <summary>Data of cards/note-form.json.</summary>
public sealed record NoteFormCardData(
    string Title,
    string Error,
    string MapId,
    string KindLabel,
    string Kind,
    IReadOnlyList<FormChoiceData> Kinds,
    string StageLabel,
    string Stage,
    IReadOnlyList<FormChoiceData> Stages,
    string LaneLabel,
    string Lane,
    IReadOnlyList<FormChoiceData> Lanes,
    string ToLaneLabel,
    string TextLabel,
    string Text,
    string ScoreLabel,
    string ExtraLabel,
    string CategoryLabel,
    IReadOnlyList<FormChoiceData> Categories,
    string SubmitButton,
    string StepByStepButton,
    string StepByStepCommand)
{
    /// <summary>Identifies this rendering of the form, so that a double-clicked submit stores one note.</summary>
    public string SubmissionId { get; init; } = string.Empty;
}

/// <summary>A choice of an Input.ChoiceSet.</summary>
public sealed record FormChoiceData(string Title, string Value);
