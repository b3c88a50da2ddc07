namespace JourneyBot.Journeys.Localization;

/// <summary>The keys of the review reminders' strings (Resources/Strings.resx).</summary>
internal static partial class TextKeys
{
    public const string CommandRemind = nameof(CommandRemind);
    public const string RemindWordsOff = nameof(RemindWordsOff);
    public const string RemindWordsOn = nameof(RemindWordsOn);
    public const string RemindWordsSnooze = nameof(RemindWordsSnooze);
    public const string ReminderEveryWeek = nameof(ReminderEveryWeek);
    public const string ReminderEveryWeeks = nameof(ReminderEveryWeeks);
    public const string ReminderEveryMonth = nameof(ReminderEveryMonth);
    public const string ReminderEveryMonths = nameof(ReminderEveryMonths);
    public const string ReminderEveryMinutes = nameof(ReminderEveryMinutes);
    public const string ReminderCadenceInZone = nameof(ReminderCadenceInZone);
    public const string ReminderDateFormat = nameof(ReminderDateFormat);
    public const string ReminderShow = nameof(ReminderShow);
    public const string ReminderShowOff = nameof(ReminderShowOff);
    public const string ReminderNotScheduled = nameof(ReminderNotScheduled);
    public const string ReminderSet = nameof(ReminderSet);
    public const string ReminderOff = nameof(ReminderOff);
    public const string ReminderUsage = nameof(ReminderUsage);
    public const string ReminderUnknownZone = nameof(ReminderUnknownZone);
    public const string ReminderOutOfRange = nameof(ReminderOutOfRange);
    public const string ReminderMinutesNotAllowed = nameof(ReminderMinutesNotAllowed);
    public const string ReminderSnoozed = nameof(ReminderSnoozed);
    public const string ReminderNothingToSnooze = nameof(ReminderNothingToSnooze);
    public const string ReminderMapGone = nameof(ReminderMapGone);
    public const string ReminderCardTitle = nameof(ReminderCardTitle);
    public const string ReminderCardLastReview = nameof(ReminderCardLastReview);
    public const string ReminderCardNeverReviewed = nameof(ReminderCardNeverReviewed);
    public const string ReminderCardAllClear = nameof(ReminderCardAllClear);
    public const string ReminderCardChanges = nameof(ReminderCardChanges);
    public const string ReminderCardChangeCounts = nameof(ReminderCardChangeCounts);
    public const string ReminderCardRedFlags = nameof(ReminderCardRedFlags);
    public const string ReminderCardFlag = nameof(ReminderCardFlag);
    public const string ReminderCardEmptyLanes = nameof(ReminderCardEmptyLanes);
    public const string ReminderCardEmptyLane = nameof(ReminderCardEmptyLane);
    public const string ReminderCardStaleStages = nameof(ReminderCardStaleStages);
    public const string ReminderCardOverdue = nameof(ReminderCardOverdue);
    public const string ReminderCardOverdueItem = nameof(ReminderCardOverdueItem);
    public const string ReminderCardMore = nameof(ReminderCardMore);
    public const string ButtonStartReview = nameof(ButtonStartReview);
    public const string ButtonSnooze = nameof(ButtonSnooze);
    public const string ButtonOpenSummary = nameof(ButtonOpenSummary);
    public const string ReminderNudge = nameof(ReminderNudge);
    public const string ReminderUnreachable = nameof(ReminderUnreachable);

    public const string HelpRemind = nameof(HelpRemind);

    public const string ReminderEveryMinute = nameof(ReminderEveryMinute);
}
