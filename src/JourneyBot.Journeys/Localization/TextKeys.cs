namespace JourneyBot.Journeys.Localization;

/// <summary>The keys of Resources/Strings.resx: using a constant makes a typo a compile error.</summary>
internal static class TextKeys
{
    public const string WelcomeTitle = nameof(WelcomeTitle);

    public const string WelcomeBody = nameof(WelcomeBody);

    public const string WelcomeNext = nameof(WelcomeNext);

    public const string WelcomeMentionHint = nameof(WelcomeMentionHint);

    public const string ButtonNewMap = nameof(ButtonNewMap);

    public const string ButtonHelp = nameof(ButtonHelp);

    public const string ButtonShowMap = nameof(ButtonShowMap);

    public const string ButtonAddStage = nameof(ButtonAddStage);

    public const string ButtonMaps = nameof(ButtonMaps);

    public const string HelpTitle = nameof(HelpTitle);

    public const string HelpIntro = nameof(HelpIntro);

    public const string HelpNewMap = nameof(HelpNewMap);

    public const string HelpAddStage = nameof(HelpAddStage);

    public const string HelpMaps = nameof(HelpMaps);

    public const string HelpUse = nameof(HelpUse);

    public const string HelpShowMap = nameof(HelpShowMap);

    public const string HelpHelp = nameof(HelpHelp);

    public const string HelpCancel = nameof(HelpCancel);

    public const string HelpInDialog = nameof(HelpInDialog);

    public const string CommandNewMap = nameof(CommandNewMap);

    public const string CommandAddStage = nameof(CommandAddStage);

    public const string CommandMaps = nameof(CommandMaps);

    public const string CommandUse = nameof(CommandUse);

    public const string CommandShowMap = nameof(CommandShowMap);

    public const string CommandHelp = nameof(CommandHelp);

    public const string CommandCancel = nameof(CommandCancel);

    public const string WordsYes = nameof(WordsYes);

    public const string WordsNo = nameof(WordsNo);

    public const string WordsEnd = nameof(WordsEnd);

    public const string NewMapAskName = nameof(NewMapAskName);

    public const string NewMapNameRetry = nameof(NewMapNameRetry);

    public const string NewMapNameTaken = nameof(NewMapNameTaken);

    public const string NewMapAskPersona = nameof(NewMapAskPersona);

    public const string NewMapAskGoal = nameof(NewMapAskGoal);

    public const string DescriptionRetry = nameof(DescriptionRetry);

    public const string NewMapAskTemplate = nameof(NewMapAskTemplate);

    public const string NewMapTemplateRetry = nameof(NewMapTemplateRetry);

    public const string NewMapCreated = nameof(NewMapCreated);

    public const string TemplateCustomerJourney = nameof(TemplateCustomerJourney);

    public const string TemplateSprintServiceMap = nameof(TemplateSprintServiceMap);

    public const string TemplateServiceBlueprint = nameof(TemplateServiceBlueprint);

    public const string TemplateBlank = nameof(TemplateBlank);

    public const string TemplateNameCustomerJourney = nameof(TemplateNameCustomerJourney);

    public const string TemplateNameSprintServiceMap = nameof(TemplateNameSprintServiceMap);

    public const string TemplateNameServiceBlueprint = nameof(TemplateNameServiceBlueprint);

    public const string TemplateNameBlank = nameof(TemplateNameBlank);

    public const string StageAwareness = nameof(StageAwareness);

    public const string StageConsideration = nameof(StageConsideration);

    public const string StagePurchase = nameof(StagePurchase);

    public const string StageUse = nameof(StageUse);

    public const string StageFeedback = nameof(StageFeedback);

    public const string StageDiscover = nameof(StageDiscover);

    public const string StageResearch = nameof(StageResearch);

    public const string StageSupport = nameof(StageSupport);

    public const string LaneCustomer = nameof(LaneCustomer);

    public const string LanePhysicalEvidence = nameof(LanePhysicalEvidence);

    public const string LaneFrontstage = nameof(LaneFrontstage);

    public const string LaneBackstage = nameof(LaneBackstage);

    public const string LaneSupport = nameof(LaneSupport);

    public const string AddStageAskName = nameof(AddStageAskName);

    public const string AddStageNameRetry = nameof(AddStageNameRetry);

    public const string AddStageDuplicate = nameof(AddStageDuplicate);

    public const string AddStageAskPosition = nameof(AddStageAskPosition);

    public const string AddStageAskPositionEmpty = nameof(AddStageAskPositionEmpty);

    public const string AddStagePositionRetry = nameof(AddStagePositionRetry);

    public const string AddStageAdded = nameof(AddStageAdded);

    public const string AddStageFull = nameof(AddStageFull);

    public const string MapNoneYet = nameof(MapNoneYet);

    public const string MapNoneSelected = nameof(MapNoneSelected);

    public const string MapGone = nameof(MapGone);

    public const string MapsTitle = nameof(MapsTitle);

    public const string MapsLine = nameof(MapsLine);

    public const string MapsCurrentMarker = nameof(MapsCurrentMarker);

    public const string UseMissing = nameof(UseMissing);

    public const string UseNotFound = nameof(UseNotFound);

    public const string UseAmbiguous = nameof(UseAmbiguous);

    public const string UseSelected = nameof(UseSelected);

    public const string CancelDone = nameof(CancelDone);

    public const string CancelNothing = nameof(CancelNothing);

    public const string CancelTooManyAttempts = nameof(CancelTooManyAttempts);

    public const string UnknownCommand = nameof(UnknownCommand);

    public const string EmptyMessage = nameof(EmptyMessage);

    public const string ErrorGeneric = nameof(ErrorGeneric);

    public const string ErrorBusy = nameof(ErrorBusy);

    public const string ErrorMapChanged = nameof(ErrorMapChanged);

    public const string MapCardPersona = nameof(MapCardPersona);

    public const string MapCardGoal = nameof(MapCardGoal);

    public const string MapCardTemplate = nameof(MapCardTemplate);

    public const string MapCardCreated = nameof(MapCardCreated);

    public const string MapCardCreatedValue = nameof(MapCardCreatedValue);

    public const string MapCardStages = nameof(MapCardStages);

    public const string MapCardLanes = nameof(MapCardLanes);

    public const string MapCardNoStages = nameof(MapCardNoStages);

    public const string MapCardNoLanes = nameof(MapCardNoLanes);

    public const string MapCardCustomerLane = nameof(MapCardCustomerLane);

    // Note shortcuts: the words that start a note of each kind, and the words inside it.
    public const string NoteKindAction = nameof(NoteKindAction);

    public const string NoteKindTouchpoint = nameof(NoteKindTouchpoint);

    public const string NoteKindPainPoint = nameof(NoteKindPainPoint);

    public const string NoteKindEmotion = nameof(NoteKindEmotion);

    public const string NoteKindGreenFlag = nameof(NoteKindGreenFlag);

    public const string NoteKindRedFlag = nameof(NoteKindRedFlag);

    public const string NoteKindQuote = nameof(NoteKindQuote);

    public const string NoteKindOpportunity = nameof(NoteKindOpportunity);

    public const string NoteKindHandoff = nameof(NoteKindHandoff);

    public const string NoteKindEvidence = nameof(NoteKindEvidence);

    public const string NoteHandoffTo = nameof(NoteHandoffTo);

    public const string NoteEvidenceSourceLabel = nameof(NoteEvidenceSourceLabel);

    public const string NoteEvidenceInterview = nameof(NoteEvidenceInterview);

    public const string NoteEvidenceSurvey = nameof(NoteEvidenceSurvey);

    public const string NoteEvidenceAnalytics = nameof(NoteEvidenceAnalytics);

    public const string NoteEvidenceNps = nameof(NoteEvidenceNps);

    public const string NoteEvidenceCsat = nameof(NoteEvidenceCsat);

    public const string NoteEvidenceOther = nameof(NoteEvidenceOther);

    public const string NoteEvidenceValidated = nameof(NoteEvidenceValidated);
}
