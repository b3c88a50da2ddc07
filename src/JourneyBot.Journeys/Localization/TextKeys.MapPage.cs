namespace JourneyBot.Journeys.Localization;

/// <summary>The keys of the map page's strings (Resources/Strings.resx).</summary>
internal static partial class TextKeys
{
    public const string MapPageTitle = nameof(MapPageTitle);

    public const string MapPageSummary = nameof(MapPageSummary);

    public const string MapPageLegend = nameof(MapPageLegend);

    public const string MapPageNoNotes = nameof(MapPageNoNotes);

    public const string MapPageEmpty = nameof(MapPageEmpty);

    public const string MapPageEmotionCurve = nameof(MapPageEmotionCurve);

    public const string MapPageNoEmotion = nameof(MapPageNoEmotion);

    public const string MapPageEmotionAverage = nameof(MapPageEmotionAverage);

    public const string MapPageAddedBy = nameof(MapPageAddedBy);

    public const string MapPageQuoteSpeaker = nameof(MapPageQuoteSpeaker);

    public const string MapPageHandoffTo = nameof(MapPageHandoffTo);

    public const string MapPageLaneOwner = nameof(MapPageLaneOwner);

    public const string MapPageLaneStakeholder = nameof(MapPageLaneStakeholder);

    public const string MapPageLinkRefusedTitle = nameof(MapPageLinkRefusedTitle);

    public const string MapPageLinkRefusedBody = nameof(MapPageLinkRefusedBody);

    public const string MapPageNotFoundTitle = nameof(MapPageNotFoundTitle);

    public const string MapPageNotFoundBody = nameof(MapPageNotFoundBody);
}
