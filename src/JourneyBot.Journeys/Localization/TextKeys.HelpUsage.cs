namespace JourneyBot.Journeys.Localization;

/// <summary>The keys of the words in the help card's usage lines (Resources/Strings.resx).</summary>
internal static partial class TextKeys
{
    /// <summary>Stands for a note's id in a usage line: <c>edit &lt;id&gt; &lt;…&gt;</c>.</summary>
    public const string HelpNoteIdPlaceholder = nameof(HelpNoteIdPlaceholder);
}
