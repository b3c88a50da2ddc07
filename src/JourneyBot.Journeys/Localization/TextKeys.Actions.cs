namespace JourneyBot.Journeys.Localization;

/// <summary>Keys of the action plan (<c>action</c>, <c>actions</c>, the note card's "Make it an action" button, the summary section).</summary>
internal static partial class TextKeys
{
    public const string CommandActionItem = nameof(CommandActionItem);

    public const string CommandActionItems = nameof(CommandActionItems);

    public const string WordsActionAll = nameof(WordsActionAll);

    public const string WordsActionOwner = nameof(WordsActionOwner);

    public const string WordsActionDue = nameof(WordsActionDue);

    public const string WordsActionFrom = nameof(WordsActionFrom);

    public const string WordsStatusOpen = nameof(WordsStatusOpen);

    public const string WordsStatusDoing = nameof(WordsStatusDoing);

    public const string WordsStatusDone = nameof(WordsStatusDone);

    public const string WordsToday = nameof(WordsToday);

    public const string WordsTomorrow = nameof(WordsTomorrow);

    public const string WordsWeekdays = nameof(WordsWeekdays);

    public const string WordsWeekdaysShort = nameof(WordsWeekdaysShort);

    public const string ActionStatusOpen = nameof(ActionStatusOpen);

    public const string ActionStatusDoing = nameof(ActionStatusDoing);

    public const string ActionStatusDone = nameof(ActionStatusDone);

    public const string ActionNoDue = nameof(ActionNoDue);

    public const string ActionOverdue = nameof(ActionOverdue);

    public const string ActionFromNote = nameof(ActionFromNote);

    public const string ActionAdded = nameof(ActionAdded);

    public const string ActionAddedHint = nameof(ActionAddedHint);

    public const string ActionUsage = nameof(ActionUsage);

    public const string ActionBadDate = nameof(ActionBadDate);

    public const string ActionNoteNotFound = nameof(ActionNoteNotFound);

    public const string ActionAlreadyFromNote = nameof(ActionAlreadyFromNote);

    public const string ActionTooLong = nameof(ActionTooLong);

    public const string ActionNotFound = nameof(ActionNotFound);

    public const string ActionNotYours = nameof(ActionNotYours);

    public const string ActionStatusChanged = nameof(ActionStatusChanged);

    public const string ActionStatusSame = nameof(ActionStatusSame);

    public const string ActionOwnerChanged = nameof(ActionOwnerChanged);

    public const string ActionOwnerMissing = nameof(ActionOwnerMissing);

    public const string ActionDueChanged = nameof(ActionDueChanged);

    public const string ActionsNone = nameof(ActionsNone);

    public const string ActionsNoneAll = nameof(ActionsNoneAll);

    public const string ActionsTitle = nameof(ActionsTitle);

    public const string ActionsTitleAll = nameof(ActionsTitleAll);

    public const string ActionsLine = nameof(ActionsLine);

    public const string ActionsMore = nameof(ActionsMore);

    public const string ActionsAllHint = nameof(ActionsAllHint);

    public const string ButtonMakeAction = nameof(ButtonMakeAction);

    public const string HelpAction = nameof(HelpAction);

    public const string HelpActions = nameof(HelpActions);

    public const string SummaryActionsHeading = nameof(SummaryActionsHeading);

    public const string SummaryActionsCounts = nameof(SummaryActionsCounts);

    public const string SummaryActionDetail = nameof(SummaryActionDetail);

    public const string CommandAllActionItems = nameof(CommandAllActionItems);
}
