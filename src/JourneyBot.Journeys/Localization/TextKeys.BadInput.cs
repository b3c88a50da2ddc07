namespace JourneyBot.Journeys.Localization;

/// <summary>Resource keys of the answers to bad input.</summary>
internal static partial class TextKeys
{
    /// <summary>A note form's text is longer than a note holds; {0} is the limit.</summary>
    public const string FormTextTooLong = nameof(FormTextTooLong);
}
