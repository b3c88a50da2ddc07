using System.Globalization;
using JourneyBot.BotKit.Schema;

namespace JourneyBot.Journeys.Localization;

/// <summary>
/// The language of one turn, resolved in this order: the person's stored choice (<c>language zh|en</c>), the
/// Teams clientInfo entity's <c>locale</c>, the activity's <c>locale</c>, the current map's default, English.
/// clientInfo comes before the activity's locale because it is what the person's own client reports with each
/// message, while the activity's locale may be filled in by the channel. A locale in a language the bot does not
/// speak counts as none, so the map's default decides.
/// </summary>
public sealed class TurnLanguage
{
    /// <summary>The key under which a turn keeps its language in <see cref="BotKit.Turns.TurnContext.TurnState"/>.</summary>
    internal const string TurnStateKey = "JourneyBot.TurnLanguage";

    /// <summary>The person's stored choice, if any.</summary>
    public CultureInfo? PersonChoice { get; init; }

    /// <summary>The language of the clientInfo entity's locale, if the bot speaks it.</summary>
    public CultureInfo? ClientInfo { get; init; }

    /// <summary>The language of the activity's locale, if the bot speaks it.</summary>
    public CultureInfo? ActivityLocale { get; init; }

    /// <summary>The default language of the map the turn works on, once the turn has loaded it.</summary>
    public CultureInfo? MapDefault { get; set; }

    /// <summary>The language to answer in and where it came from.</summary>
    public (CultureInfo Culture, LanguageSource Source) Resolved =>
        PersonChoice is not null ? (PersonChoice, LanguageSource.PersonChoice)
        : ClientInfo is not null ? (ClientInfo, LanguageSource.ClientInfo)
        : ActivityLocale is not null ? (ActivityLocale, LanguageSource.ActivityLocale)
        : MapDefault is not null ? (MapDefault, LanguageSource.MapDefault)
        : (BotText.English, LanguageSource.Default);

    /// <summary>The language to answer in.</summary>
    public CultureInfo Culture => Resolved.Culture;

    /// <summary>What <paramref name="activity"/> itself says, with the person's stored choice (a culture name) if any.</summary>
    public static TurnLanguage For(Activity activity, string? personChoice)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new TurnLanguage
        {
            PersonChoice = BotText.SupportedCultureOf(personChoice),
            ClientInfo = BotText.SupportedCultureOf(BotText.ClientInfoLocale(activity)),
            ActivityLocale = BotText.SupportedCultureOf(activity.Locale),
        };
    }
}
