namespace JourneyBot.Cards;

/// <summary>Where card templates are read from. Bound to the <c>Cards</c> section.</summary>
public sealed class CardTemplateOptions
{
    public const string SectionName = "Cards";

    /// <summary>Folder of <c>*.json</c> templates; relative paths are resolved against the app's base directory.</summary>
    public string TemplateDirectory { get; set; } = "cards";
}
