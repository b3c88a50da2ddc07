namespace JourneyBot.Journeys.Localization;

/// <summary>Keys of the map summary (<c>summary</c>, <c>summary &lt;stage&gt;</c>, <c>summary lane &lt;lane&gt;</c>).</summary>
internal static partial class TextKeys
{
    public const string CommandSummary = nameof(CommandSummary);

    public const string WordsStage = nameof(WordsStage);

    public const string WordsLane = nameof(WordsLane);

    public const string HelpSummary = nameof(HelpSummary);

    public const string SummarySubtitle = nameof(SummarySubtitle);

    public const string SummaryStageSubtitle = nameof(SummaryStageSubtitle);

    public const string SummaryLaneSubtitle = nameof(SummaryLaneSubtitle);

    public const string SummaryLastReview = nameof(SummaryLastReview);

    public const string SummaryNotReviewed = nameof(SummaryNotReviewed);

    public const string SummaryContributors = nameof(SummaryContributors);

    public const string SummaryNotes = nameof(SummaryNotes);

    public const string SummaryOwner = nameof(SummaryOwner);

    public const string SummaryNoOwner = nameof(SummaryNoOwner);

    public const string SummaryEmotion = nameof(SummaryEmotion);

    public const string SummaryEmotionValue = nameof(SummaryEmotionValue);

    public const string SummaryNoEmotion = nameof(SummaryNoEmotion);

    public const string SummaryCurve = nameof(SummaryCurve);

    public const string SummaryStagesHeading = nameof(SummaryStagesHeading);

    public const string SummaryStageLanesHeading = nameof(SummaryStageLanesHeading);

    public const string SummaryLaneStagesHeading = nameof(SummaryLaneStagesHeading);

    public const string SummaryStageHint = nameof(SummaryStageHint);

    public const string SummaryLaneHint = nameof(SummaryLaneHint);

    public const string SummaryNoStages = nameof(SummaryNoStages);

    public const string SummaryNoLanes = nameof(SummaryNoLanes);

    public const string SummaryNoNotes = nameof(SummaryNoNotes);

    public const string SummaryLegend = nameof(SummaryLegend);

    public const string SummaryPeakHeading = nameof(SummaryPeakHeading);

    public const string SummaryLowest = nameof(SummaryLowest);

    public const string SummaryHighest = nameof(SummaryHighest);

    public const string SummaryEnd = nameof(SummaryEnd);

    public const string SummaryEndEarlier = nameof(SummaryEndEarlier);

    public const string SummaryNoEmotions = nameof(SummaryNoEmotions);

    public const string SummaryWorksWell = nameof(SummaryWorksWell);

    public const string SummaryDoesNotWork = nameof(SummaryDoesNotWork);

    public const string SummaryQuotes = nameof(SummaryQuotes);

    public const string SummaryNoWorksWell = nameof(SummaryNoWorksWell);

    public const string SummaryNoDoesNotWork = nameof(SummaryNoDoesNotWork);

    public const string SummaryNoQuotes = nameof(SummaryNoQuotes);

    public const string SummaryMore = nameof(SummaryMore);

    public const string SummaryGapsHeading = nameof(SummaryGapsHeading);

    public const string SummaryGapNoSupport = nameof(SummaryGapNoSupport);

    public const string SummaryGapNoTeam = nameof(SummaryGapNoTeam);

    public const string SummaryGapOnlyCustomer = nameof(SummaryGapOnlyCustomer);

    public const string SummaryGapEmptyLanes = nameof(SummaryGapEmptyLanes);

    public const string SummaryGapNoEvidence = nameof(SummaryGapNoEvidence);

    public const string SummaryGapNoOwner = nameof(SummaryGapNoOwner);

    public const string SummaryGapHereNoSupport = nameof(SummaryGapHereNoSupport);

    public const string SummaryGapHereNoTeam = nameof(SummaryGapHereNoTeam);

    public const string SummaryGapHereNoEvidence = nameof(SummaryGapHereNoEvidence);

    public const string SummaryGapHereEmptyLanes = nameof(SummaryGapHereEmptyLanes);

    public const string SummaryGapLaneEmptyStages = nameof(SummaryGapLaneEmptyStages);

    public const string SummaryNoGaps = nameof(SummaryNoGaps);

    public const string SummaryNamesMore = nameof(SummaryNamesMore);

    public const string SummaryChangesHeading = nameof(SummaryChangesHeading);

    public const string SummaryChangesCounts = nameof(SummaryChangesCounts);

    public const string SummaryNoChanges = nameof(SummaryNoChanges);

    public const string SummaryChangeAdded = nameof(SummaryChangeAdded);

    public const string SummaryChangeEdited = nameof(SummaryChangeEdited);

    public const string SummaryChangeDeleted = nameof(SummaryChangeDeleted);

    public const string SummaryOpenMap = nameof(SummaryOpenMap);

    public const string SummaryBack = nameof(SummaryBack);

    public const string SummaryUnknown = nameof(SummaryUnknown);

    public const string SummaryClosest = nameof(SummaryClosest);

    public const string SummaryChoices = nameof(SummaryChoices);

    public const string SummaryNone = nameof(SummaryNone);

    public const string SummaryStageTag = nameof(SummaryStageTag);

    public const string SummaryLaneTag = nameof(SummaryLaneTag);

    public const string SummaryTypeHint = nameof(SummaryTypeHint);

    public const string SummaryMapLink = nameof(SummaryMapLink);

    public const string SummaryBackHint = nameof(SummaryBackHint);

    public const string SummaryListSeparator = nameof(SummaryListSeparator);

    public const string SummaryReviewHint = nameof(SummaryReviewHint);
}
