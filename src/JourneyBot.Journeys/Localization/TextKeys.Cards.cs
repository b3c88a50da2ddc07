namespace JourneyBot.Journeys.Localization;

/// <summary>Keys of the texts about card buttons clicked twice, late or from elsewhere.</summary>
internal static partial class TextKeys
{
    public const string FormAlreadySaved = "FormAlreadySaved";
    public const string FormStageGone = "FormStageGone";
    public const string FormLaneGone = "FormLaneGone";
    public const string ReminderAlreadySnoozed = "ReminderAlreadySnoozed";
    public const string ButtonMapGone = "ButtonMapGone";
}
