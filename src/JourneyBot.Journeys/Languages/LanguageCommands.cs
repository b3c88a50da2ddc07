using System.Globalization;
using JourneyBot.BotKit.Turns;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Maps;
using JourneyBot.Journeys.Commands;
using JourneyBot.Journeys.Conversations;
using JourneyBot.Journeys.Localization;
using JourneyBot.Journeys.Maps;

namespace JourneyBot.Journeys.Languages;

/// <summary>
/// <c>language</c> (<c>语言</c>): shows the language the bot answers the sender in and where that came from;
/// <c>language zh|en</c> keeps the sender's choice for every chat of the tenant; <c>language auto</c> forgets it;
/// <c>language map zh|en</c> (facilitators) sets the current map's default, used for reminders to the whole chat.
/// </summary>
public sealed class LanguageCommands(IPersonLanguages people, IMapRepository maps, MapSelection selection, TimeProvider time)
{
    /// <summary>Whether the argument of <c>language</c> is about the map (<c>language map …</c>).</summary>
    public static bool IsAboutMap(string argument, out string rest)
    {
        foreach (var word in BotText.WordsInAllLanguages(TextKeys.WordsLanguageMap))
        {
            if (argument.StartsWith(word, StringComparison.OrdinalIgnoreCase)
                && (argument.Length == word.Length || char.IsWhiteSpace(argument[word.Length]) || !char.IsAsciiLetter(word[^1])))
            {
                rest = argument[word.Length..].Trim();
                return true;
            }
        }

        rest = argument;
        return false;
    }

    /// <summary>The language a word names (<c>zh</c>, <c>中文</c>, <c>english</c>...), or null.</summary>
    public static CultureInfo? Named(string word)
    {
        var typed = word.Trim();
        if (BotText.WordsInAllLanguages(TextKeys.WordsLanguageChinese).Any(w => NameComparer.Same(w, typed)))
        {
            return BotText.SimplifiedChinese;
        }

        return BotText.WordsInAllLanguages(TextKeys.WordsLanguageEnglish).Any(w => NameComparer.Same(w, typed)) ? BotText.English : null;
    }

    /// <summary>The name of a language, in <paramref name="culture"/>.</summary>
    public static string NameOf(CultureInfo culture, CultureInfo language) =>
        BotText.Get(culture, language.Name == BotText.SimplifiedChinese.Name ? TextKeys.LanguageNameChinese : TextKeys.LanguageNameEnglish);

    /// <summary><c>language [zh|en|auto]</c> for the sender.</summary>
    public async Task PersonAsync(TurnContext context, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(argument);
        var activity = context.Activity;
        var userId = activity.From?.Id;
        if (argument.Length == 0 || string.IsNullOrEmpty(userId))
        {
            await ShowAsync(context, cancellationToken);
            return;
        }

        var auto = BotText.WordsInAllLanguages(TextKeys.WordsLanguageAuto).Any(w => NameComparer.Same(w, argument));
        var chosen = auto ? null : Named(argument);
        if (!auto && chosen is null)
        {
            await context.SayAsync(TextKeys.LanguageUnknown, cancellationToken, MapText.Truncate(argument, 40));
            return;
        }

        await people.SetAsync(LanguageResolver.TenantOf(activity), userId, chosen?.Name, cancellationToken);

        // The rest of this turn, the confirmation included, speaks the new language.
        var previous = context.Language();
        var now = TurnLanguage.For(activity, chosen?.Name);
        now.MapDefault = previous.MapDefault;
        context.SetLanguage(now);
        var culture = context.Culture();
        if (chosen is not null)
        {
            await context.SayAsync(TextKeys.LanguageSet, cancellationToken, new Markup(NameOf(culture, chosen)));
            return;
        }

        var (resolved, source) = now.Resolved;
        await context.SayAsync(TextKeys.LanguageCleared, cancellationToken, new Markup(NameOf(culture, resolved)), new Markup(SourceText(context, source, null)));
    }

    /// <summary><c>language map [zh|en]</c> on the current map: shows it, or (facilitators) sets it.</summary>
    public async Task MapAsync(TurnContext context, JourneyMap map, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(map);
        var culture = context.Culture();
        if (argument.Length == 0)
        {
            await context.SayAsync(TextKeys.LanguageShowMap, cancellationToken, map.Name, new Markup(MapLanguageText(culture, map)));
            await context.SayAsync(TextKeys.LanguageUsage, cancellationToken);
            return;
        }

        if (Named(argument) is not { } language)
        {
            await context.SayAsync(TextKeys.LanguageUnknown, cancellationToken, MapText.Truncate(argument, 40));
            return;
        }

        if (!await MapEditCommands.EnsureFacilitatorAsync(context, map, cancellationToken))
        {
            return;
        }

        try
        {
            var updated = await maps.UpdateAsync(map.Scope, map.Id, m => m.WithLanguage(language.Name, time.GetUtcNow()), cancellationToken);
            context.UseMapDefault(updated.Language);
            await context.SayAsync(TextKeys.LanguageMapSet, cancellationToken, updated.Name, new Markup(NameOf(context.Culture(), language)));
        }
        catch (MapConflictException)
        {
            await context.SayAsync(TextKeys.ErrorMapChanged, cancellationToken);
        }
        catch (MapNotFoundException)
        {
            await context.SayAsync(TextKeys.MapGone, cancellationToken);
        }
    }

    private async Task ShowAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var activity = context.Activity;
        var lookup = await selection.CurrentAsync(ConversationScopes.For(activity), activity.From?.Id ?? string.Empty, cancellationToken);
        if (lookup.Map is { } map)
        {
            context.UseMapDefault(map.Language);
        }

        var culture = context.Culture();
        var (resolved, source) = context.Language().Resolved;
        var text = context.Text(TextKeys.LanguageShow, new Markup(NameOf(culture, resolved)), new Markup(SourceText(context, source, lookup.Map)));
        if (lookup.Map is { } current)
        {
            text += "\n\n" + context.Text(TextKeys.LanguageShowMap, current.Name, new Markup(MapLanguageText(culture, current)));
        }

        text += "\n\n" + context.Text(TextKeys.LanguageUsage);
        await context.SendActivityAsync(text, cancellationToken);
    }

    private static string MapLanguageText(CultureInfo culture, JourneyMap map) =>
        BotText.SupportedCultureOf(map.Language) is { } language
            ? NameOf(culture, language)
            : BotText.Get(culture, TextKeys.LanguageMapNotSet, NameOf(culture, BotText.English));

    private static string SourceText(TurnContext context, LanguageSource source, JourneyMap? map) => source switch
    {
        LanguageSource.PersonChoice => context.Text(TextKeys.LanguageSourcePersonChoice),
        LanguageSource.ClientInfo => context.Text(TextKeys.LanguageSourceClientInfo),
        LanguageSource.ActivityLocale => context.Text(TextKeys.LanguageSourceActivityLocale),
        LanguageSource.MapDefault => context.Text(TextKeys.LanguageSourceMapDefault, map?.Name ?? string.Empty),
        _ => context.Text(TextKeys.LanguageSourceDefault),
    };
}
