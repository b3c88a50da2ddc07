namespace JourneyBot.Journeys.Localization;

/// <summary>Where the language of a turn came from, strongest first.</summary>
public enum LanguageSource
{
    /// <summary>The person's own choice (<c>language zh|en</c>), kept across chats.</summary>
    PersonChoice,

    /// <summary>The <c>locale</c> of the Teams clientInfo entity: the language of the person's Teams client.</summary>
    ClientInfo,

    /// <summary>The activity's <c>locale</c>.</summary>
    ActivityLocale,

    /// <summary>The current map's default language (<c>language map zh|en</c>).</summary>
    MapDefault,

    /// <summary>Nothing said which: English.</summary>
    Default,
}
