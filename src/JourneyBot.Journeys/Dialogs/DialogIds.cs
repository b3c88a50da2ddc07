namespace JourneyBot.Journeys.Dialogs;

/// <summary>Ids of the bot's dialogs and prompts, as stored in dialog state (do not rename lightly).</summary>
internal static class DialogIds
{
    public const string NewMap = "newMap";
    public const string AddStage = "addStage";
    public const string AddNote = "addNote";
    public const string ShortcutNote = "shortcutNote";
    public const string RemovePlace = "removePlace";
    public const string DeleteMap = "deleteMap";
    public const string Review = "review";
    public const string MapNamePrompt = "mapName";
    public const string DescriptionPrompt = "mapDescription";
    public const string TemplatePrompt = "mapTemplate";
    public const string StageNamePrompt = "stageName";
    public const string StagePositionPrompt = "stagePosition";
}
