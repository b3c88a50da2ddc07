namespace JourneyBot.Journeys.Localization;

/// <summary>The keys of the review flow's strings (Resources/Strings.resx), and of the summary's review lines.</summary>
internal static partial class TextKeys
{
    public const string CommandReview = nameof(CommandReview);

    public const string CommandReviewStatus = nameof(CommandReviewStatus);

    public const string CommandCloseReview = nameof(CommandCloseReview);

    public const string HelpReview = nameof(HelpReview);

    public const string HelpReviewStatus = nameof(HelpReviewStatus);

    public const string HelpCloseReview = nameof(HelpCloseReview);

    public const string ReviewNoStages = nameof(ReviewNoStages);

    public const string ReviewStarted = nameof(ReviewStarted);

    public const string ReviewJoined = nameof(ReviewJoined);

    public const string ReviewResume = nameof(ReviewResume);

    public const string ReviewAllDoneAlready = nameof(ReviewAllDoneAlready);

    public const string ReviewStageHeader = nameof(ReviewStageHeader);

    public const string ReviewStageEmpty = nameof(ReviewStageEmpty);

    public const string ReviewNoteLine = nameof(ReviewNoteLine);

    public const string ReviewAskVerdict = nameof(ReviewAskVerdict);

    public const string ReviewAskVerdictNotYours = nameof(ReviewAskVerdictNotYours);

    public const string ReviewVerdictRetry = nameof(ReviewVerdictRetry);

    public const string ReviewChoiceKeep = nameof(ReviewChoiceKeep);

    public const string ReviewChoiceEdit = nameof(ReviewChoiceEdit);

    public const string ReviewChoiceRemove = nameof(ReviewChoiceRemove);

    public const string ReviewChoiceFlag = nameof(ReviewChoiceFlag);

    public const string ReviewChoiceKeepRest = nameof(ReviewChoiceKeepRest);

    public const string ReviewAskEditText = nameof(ReviewAskEditText);

    public const string ReviewEditRetry = nameof(ReviewEditRetry);

    public const string ReviewEdited = nameof(ReviewEdited);

    public const string ReviewRemoved = nameof(ReviewRemoved);

    public const string ReviewFlagged = nameof(ReviewFlagged);

    public const string ReviewKeptRest = nameof(ReviewKeptRest);

    public const string ReviewAskLanes = nameof(ReviewAskLanes);

    public const string ReviewLanesRetry = nameof(ReviewLanesRetry);

    public const string ReviewChoiceAddNote = nameof(ReviewChoiceAddNote);

    public const string ReviewChoiceNextStage = nameof(ReviewChoiceNextStage);

    public const string ReviewFinished = nameof(ReviewFinished);

    public const string ReviewGone = nameof(ReviewGone);

    public const string ReviewNoneOpen = nameof(ReviewNoneOpen);

    public const string ReviewStatusHeader = nameof(ReviewStatusHeader);

    public const string ReviewStatusStage = nameof(ReviewStatusStage);

    public const string ReviewStatusNote = nameof(ReviewStatusNote);

    public const string ReviewStatusNobody = nameof(ReviewStatusNobody);

    public const string ReviewStatusRemoved = nameof(ReviewStatusRemoved);

    public const string ReviewByKeep = nameof(ReviewByKeep);

    public const string ReviewByEdit = nameof(ReviewByEdit);

    public const string ReviewByRemove = nameof(ReviewByRemove);

    public const string ReviewByFlag = nameof(ReviewByFlag);

    public const string ReviewVerdictSeparator = nameof(ReviewVerdictSeparator);

    public const string ReviewNameSeparator = nameof(ReviewNameSeparator);

    public const string ReviewCloseNotFacilitator = nameof(ReviewCloseNotFacilitator);

    public const string ReviewAlreadyClosed = nameof(ReviewAlreadyClosed);

    public const string ReviewClosed = nameof(ReviewClosed);

    public const string ReviewTallyLine = nameof(ReviewTallyLine);

    public const string ReviewTallyCount = nameof(ReviewTallyCount);

    public const string ReviewTallyKept = nameof(ReviewTallyKept);

    public const string ReviewTallyEdited = nameof(ReviewTallyEdited);

    public const string ReviewTallyRemoved = nameof(ReviewTallyRemoved);

    public const string ReviewTallyUnconfirmed = nameof(ReviewTallyUnconfirmed);

    public const string ReviewClosedFlagged = nameof(ReviewClosedFlagged);

    public const string ReviewClosedSince = nameof(ReviewClosedSince);

    public const string SummaryReviewedOn = nameof(SummaryReviewedOn);

    public const string SummaryChangesSinceReview = nameof(SummaryChangesSinceReview);

    public const string ReviewPaused = nameof(ReviewPaused);

    public const string ReviewBackToOwn = nameof(ReviewBackToOwn);

    public const string ReviewMoreNotes = nameof(ReviewMoreNotes);
}
