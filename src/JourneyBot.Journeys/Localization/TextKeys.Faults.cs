namespace JourneyBot.Journeys.Localization;

/// <summary>The keys of the strings said when something the bot depends on fails (Resources/Strings.resx).</summary>
internal static partial class TextKeys
{
    /// <summary>Storage could not be reached: the message (a note, say) was not saved; send it again.</summary>
    public const string ErrorStorageUnavailable = nameof(ErrorStorageUnavailable);
}
