namespace JourneyBot.Journeys.Localization;

/// <summary>The keys of Resources/Strings.resx: using a constant makes a typo a compile error.</summary>
internal static partial class TextKeys
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

    public const string KindAction = nameof(KindAction);

    public const string KindTouchpoint = nameof(KindTouchpoint);

    public const string KindPainPoint = nameof(KindPainPoint);

    public const string KindEmotion = nameof(KindEmotion);

    public const string KindGreenFlag = nameof(KindGreenFlag);

    public const string KindRedFlag = nameof(KindRedFlag);

    public const string KindQuote = nameof(KindQuote);

    public const string KindOpportunity = nameof(KindOpportunity);

    public const string KindHandoff = nameof(KindHandoff);

    public const string KindEvidence = nameof(KindEvidence);

    public const string CommandAddNote = nameof(CommandAddNote);

    public const string CommandNotes = nameof(CommandNotes);

    public const string CommandUndo = nameof(CommandUndo);

    public const string CommandEdit = nameof(CommandEdit);

    public const string CommandDelete = nameof(CommandDelete);

    public const string HelpAddNote = nameof(HelpAddNote);

    public const string HelpNotes = nameof(HelpNotes);

    public const string HelpUndo = nameof(HelpUndo);

    public const string HelpEdit = nameof(HelpEdit);

    public const string AddAskKind = nameof(AddAskKind);

    public const string AddKindRetry = nameof(AddKindRetry);

    public const string AddAskStage = nameof(AddAskStage);

    public const string AddStageRetry = nameof(AddStageRetry);

    public const string AddAskLane = nameof(AddAskLane);

    public const string AddAskFromLane = nameof(AddAskFromLane);

    public const string AddAskToLane = nameof(AddAskToLane);

    public const string AddLaneRetry = nameof(AddLaneRetry);

    public const string AddAskText = nameof(AddAskText);

    public const string AddAskQuoteText = nameof(AddAskQuoteText);

    public const string AddAskEmotionText = nameof(AddAskEmotionText);

    public const string AddTextRetry = nameof(AddTextRetry);

    public const string AddTextTooLong = nameof(AddTextTooLong);

    public const string AddAskScore = nameof(AddAskScore);

    public const string AddScoreRetry = nameof(AddScoreRetry);

    public const string AddAskSpeaker = nameof(AddAskSpeaker);

    public const string AddAskChannel = nameof(AddAskChannel);

    public const string AddAskSource = nameof(AddAskSource);

    public const string AddSourceRetry = nameof(AddSourceRetry);

    public const string AddAskValidated = nameof(AddAskValidated);

    public const string AddConfirmRetry = nameof(AddConfirmRetry);

    public const string WordsSkip = nameof(WordsSkip);

    public const string SourceInterview = nameof(SourceInterview);

    public const string SourceSurvey = nameof(SourceSurvey);

    public const string SourceAnalytics = nameof(SourceAnalytics);

    public const string SourceNps = nameof(SourceNps);

    public const string SourceCsat = nameof(SourceCsat);

    public const string SourceOther = nameof(SourceOther);

    public const string NoteAdded = nameof(NoteAdded);

    public const string NoteNeedsStages = nameof(NoteNeedsStages);

    public const string NoteNeedsLanes = nameof(NoteNeedsLanes);

    public const string NoteNeedsTwoLanes = nameof(NoteNeedsTwoLanes);

    public const string ButtonUndo = nameof(ButtonUndo);

    public const string ButtonAddNote = nameof(ButtonAddNote);

    public const string FormTitle = nameof(FormTitle);

    public const string FormKind = nameof(FormKind);

    public const string FormStage = nameof(FormStage);

    public const string FormLane = nameof(FormLane);

    public const string FormToLane = nameof(FormToLane);

    public const string FormText = nameof(FormText);

    public const string FormScore = nameof(FormScore);

    public const string FormExtra = nameof(FormExtra);

    public const string FormSubmit = nameof(FormSubmit);

    public const string FormStepByStep = nameof(FormStepByStep);

    public const string FormMissing = nameof(FormMissing);

    public const string FormNeedText = nameof(FormNeedText);

    public const string FormNeedScore = nameof(FormNeedScore);

    public const string FormNeedToLane = nameof(FormNeedToLane);

    public const string FormNeedPlace = nameof(FormNeedPlace);

    public const string FormMapGone = nameof(FormMapGone);

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

    public const string ShortcutUnknownStage = nameof(ShortcutUnknownStage);

    public const string ShortcutUnknownLane = nameof(ShortcutUnknownLane);

    public const string ShortcutAskLane = nameof(ShortcutAskLane);

    public const string ShortcutMissingStage = nameof(ShortcutMissingStage);

    public const string ShortcutMissingText = nameof(ShortcutMissingText);

    public const string ShortcutScore = nameof(ShortcutScore);

    public const string ShortcutHandoff = nameof(ShortcutHandoff);

    public const string ShortcutTooLong = nameof(ShortcutTooLong);

    public const string ShortcutFieldTooLong = nameof(ShortcutFieldTooLong);

    public const string ShortcutSameLane = nameof(ShortcutSameLane);

    public const string HelpShortcuts = nameof(HelpShortcuts);

    public const string CommandAddLane = nameof(CommandAddLane);

    public const string CommandRenameStage = nameof(CommandRenameStage);

    public const string CommandRenameLane = nameof(CommandRenameLane);

    public const string CommandMoveStage = nameof(CommandMoveStage);

    public const string CommandMoveLane = nameof(CommandMoveLane);

    public const string CommandRemoveStage = nameof(CommandRemoveStage);

    public const string CommandRemoveLane = nameof(CommandRemoveLane);

    public const string CommandOwner = nameof(CommandOwner);

    public const string CommandFacilitator = nameof(CommandFacilitator);

    public const string WordsTo = nameof(WordsTo);

    public const string WordsAbove = nameof(WordsAbove);

    public const string WordsBelow = nameof(WordsBelow);

    public const string HelpAddLane = nameof(HelpAddLane);

    public const string HelpRename = nameof(HelpRename);

    public const string HelpMove = nameof(HelpMove);

    public const string HelpRemove = nameof(HelpRemove);

    public const string HelpFacilitator = nameof(HelpFacilitator);

    public const string EditNeedsFacilitator = nameof(EditNeedsFacilitator);

    public const string EditUsageRename = nameof(EditUsageRename);

    public const string EditUsageMove = nameof(EditUsageMove);

    public const string EditUnknownStage = nameof(EditUnknownStage);

    public const string EditUnknownLane = nameof(EditUnknownLane);

    public const string EditDidYouMean = nameof(EditDidYouMean);

    public const string EditRenamedStage = nameof(EditRenamedStage);

    public const string EditRenamedLane = nameof(EditRenamedLane);

    public const string EditMovedStage = nameof(EditMovedStage);

    public const string EditMovedLane = nameof(EditMovedLane);

    public const string EditDuplicateLane = nameof(EditDuplicateLane);

    public const string EditLaneAdded = nameof(EditLaneAdded);

    public const string EditOwnerSuffix = nameof(EditOwnerSuffix);

    public const string EditOwnerSet = nameof(EditOwnerSet);

    public const string EditOwnerMissing = nameof(EditOwnerMissing);

    public const string EditFacilitatorAdded = nameof(EditFacilitatorAdded);

    public const string EditFacilitatorMissing = nameof(EditFacilitatorMissing);

    public const string EditTooManyLanes = nameof(EditTooManyLanes);

    public const string EditNameTooLong = nameof(EditNameTooLong);

    public const string RemoveAskStage = nameof(RemoveAskStage);

    public const string RemoveAskLane = nameof(RemoveAskLane);

    public const string RemoveConfirmEmpty = nameof(RemoveConfirmEmpty);

    public const string RemoveArchiveChoice = nameof(RemoveArchiveChoice);

    public const string RemoveMoveChoice = nameof(RemoveMoveChoice);

    public const string RemoveDone = nameof(RemoveDone);

    public const string RemoveKept = nameof(RemoveKept);

    public const string RemoveLastStage = nameof(RemoveLastStage);

    public const string CommandRenameMap = nameof(CommandRenameMap);

    public const string CommandDeleteMap = nameof(CommandDeleteMap);

    public const string HelpRenameMap = nameof(HelpRenameMap);

    public const string MapRenameMissing = nameof(MapRenameMissing);

    public const string MapRenamed = nameof(MapRenamed);

    public const string MapDeleteAsk = nameof(MapDeleteAsk);

    public const string MapDeleted = nameof(MapDeleted);

    public const string FormCategory = nameof(FormCategory);

    public const string CategoryAssessment = nameof(CategoryAssessment);

    public const string CategoryReferral = nameof(CategoryReferral);

    public const string CategorySolution = nameof(CategorySolution);

    public const string CategoryHandoff = nameof(CategoryHandoff);

    public const string WordsGuided = nameof(WordsGuided);

    public const string UndoNothing = nameof(UndoNothing);

    public const string UndoDone = nameof(UndoDone);

    public const string NoteNotFound = nameof(NoteNotFound);

    public const string NoteNotYours = nameof(NoteNotYours);

    public const string EditMissing = nameof(EditMissing);

    public const string EditDone = nameof(EditDone);

    public const string DeleteDone = nameof(DeleteDone);

    public const string CommandRestore = nameof(CommandRestore);

    public const string RestoreDone = nameof(RestoreDone);

    public const string HelpDelete = nameof(HelpDelete);

    public const string NotesNone = nameof(NotesNone);

    public const string NotesTitle = nameof(NotesTitle);

    public const string NotesFilter = nameof(NotesFilter);

    public const string NotesLine = nameof(NotesLine);

    public const string NotesMore = nameof(NotesMore);

    public const string MapCardContributors = nameof(MapCardContributors);

    public const string MapCardNotesCount = nameof(MapCardNotesCount);

    public const string MapCardOneNote = nameof(MapCardOneNote);

    public const string MapCardNoContributors = nameof(MapCardNoContributors);
}
