using System.Globalization;
using JourneyBot.BotKit.Turns;

namespace JourneyBot.Journeys.Localization;

/// <summary>The language of a turn, as <see cref="LanguageResolver"/> settled it at the start of the turn.</summary>
public static class TurnCultures
{
    /// <summary>
    /// The turn's language. A turn the resolver did not see (a test calling a command directly, the error handler
    /// of a turn that failed before it) gets what the activity itself says.
    /// </summary>
    public static CultureInfo Culture(this TurnContext context) => context.Language().Culture;

    /// <summary>The turn's language with its sources.</summary>
    public static TurnLanguage Language(this TurnContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.TurnState.TryGetValue(TurnLanguage.TurnStateKey, out var stored) && stored is TurnLanguage language)
        {
            return language;
        }

        var fromActivity = TurnLanguage.For(context.Activity, personChoice: null);
        context.TurnState[TurnLanguage.TurnStateKey] = fromActivity;
        return fromActivity;
    }

    /// <summary>Sets the turn's language (the resolver at the start of a turn; <c>language</c> when someone changes it).</summary>
    public static void SetLanguage(this TurnContext context, TurnLanguage language)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(language);
        context.TurnState[TurnLanguage.TurnStateKey] = language;
    }

    /// <summary>Lets the map the turn works on decide the language when nothing else does (see <see cref="TurnLanguage"/>).</summary>
    public static void UseMapDefault(this TurnContext context, string? mapLanguage) =>
        context.Language().MapDefault = BotText.SupportedCultureOf(mapLanguage);
}
