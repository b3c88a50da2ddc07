namespace JourneyBot.Journeys.Localization;

/// <summary>Keys of the export and import strings.</summary>
internal static partial class TextKeys
{
    public const string CommandExport = nameof(CommandExport);

    public const string CommandImport = nameof(CommandImport);

    public const string WordsExportCsv = nameof(WordsExportCsv);

    public const string WordsExportMarkdown = nameof(WordsExportMarkdown);

    public const string WordsExportJson = nameof(WordsExportJson);

    public const string ExportFormatCsv = nameof(ExportFormatCsv);

    public const string ExportFormatMarkdown = nameof(ExportFormatMarkdown);

    public const string ExportFormatJson = nameof(ExportFormatJson);

    public const string ExportLink = nameof(ExportLink);

    public const string ExportWhichFormat = nameof(ExportWhichFormat);

    public const string ExportUnknownFormat = nameof(ExportUnknownFormat);

    public const string ExportMdField = nameof(ExportMdField);

    public const string ExportMdFacilitators = nameof(ExportMdFacilitators);

    public const string ExportMdCounts = nameof(ExportMdCounts);

    public const string ExportMdExported = nameof(ExportMdExported);

    public const string ExportMdNoStages = nameof(ExportMdNoStages);

    public const string ExportMdNoNotes = nameof(ExportMdNoNotes);

    public const string ExportMdOwner = nameof(ExportMdOwner);

    public const string ExportMdOtherNotes = nameof(ExportMdOtherNotes);

    public const string ExportMdUnknownPlace = nameof(ExportMdUnknownPlace);

    public const string ExportMdNote = nameof(ExportMdNote);

    public const string ExportMdNoteWithDetails = nameof(ExportMdNoteWithDetails);

    public const string ExportMdScore = nameof(ExportMdScore);

    public const string ExportMdChannel = nameof(ExportMdChannel);

    public const string ExportMdSpeaker = nameof(ExportMdSpeaker);

    public const string ExportMdToLane = nameof(ExportMdToLane);

    public const string ExportMdSource = nameof(ExportMdSource);

    public const string ExportMdValidated = nameof(ExportMdValidated);

    public const string ExportMdNotValidated = nameof(ExportMdNotValidated);

    public const string ExportMdCategory = nameof(ExportMdCategory);

    public const string ExportMdByline = nameof(ExportMdByline);

    public const string ExportMdEdited = nameof(ExportMdEdited);

    public const string ImportNoDocument = nameof(ImportNoDocument);

    public const string ImportTooLarge = nameof(ImportTooLarge);

    public const string ImportNotJson = nameof(ImportNotJson);

    public const string ImportBadValue = nameof(ImportBadValue);

    public const string ImportNotUtf8 = nameof(ImportNotUtf8);

    public const string ImportWrongFormat = nameof(ImportWrongFormat);

    public const string ImportWrongVersion = nameof(ImportWrongVersion);

    public const string ImportInvalid = nameof(ImportInvalid);

    public const string ImportMoreProblems = nameof(ImportMoreProblems);

    public const string ImportProblemMissing = nameof(ImportProblemMissing);

    public const string ImportProblemEmpty = nameof(ImportProblemEmpty);

    public const string ImportProblemTooLong = nameof(ImportProblemTooLong);

    public const string ImportProblemTooMany = nameof(ImportProblemTooMany);

    public const string ImportProblemUnknownValue = nameof(ImportProblemUnknownValue);

    public const string ImportProblemDuplicateName = nameof(ImportProblemDuplicateName);

    public const string ImportProblemDuplicateId = nameof(ImportProblemDuplicateId);

    public const string ImportProblemBadId = nameof(ImportProblemBadId);

    public const string ImportProblemUnknownStage = nameof(ImportProblemUnknownStage);

    public const string ImportProblemUnknownLane = nameof(ImportProblemUnknownLane);

    public const string ImportProblemSecondCustomerLane = nameof(ImportProblemSecondCustomerLane);

    public const string ImportProblemScore = nameof(ImportProblemScore);

    public const string ImportProblemHandoff = nameof(ImportProblemHandoff);

    public const string ImportProblemDate = nameof(ImportProblemDate);

    public const string ImportProblemArchived = nameof(ImportProblemArchived);

    public const string ImportProblemInvalidText = nameof(ImportProblemInvalidText);

    public const string ImportDownloadRefused = nameof(ImportDownloadRefused);

    public const string ImportDownloadFailed = nameof(ImportDownloadFailed);

    public const string ImportNotJsonFile = nameof(ImportNotJsonFile);

    public const string ImportDone = nameof(ImportDone);

    public const string ImportRenamed = nameof(ImportRenamed);

    public const string ImportNameSuffix = nameof(ImportNameSuffix);

    public const string ImportStorageFailed = nameof(ImportStorageFailed);

    public const string HelpExport = nameof(HelpExport);

    public const string HelpImport = nameof(HelpImport);
}
