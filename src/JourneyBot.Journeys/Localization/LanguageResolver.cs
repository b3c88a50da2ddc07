using JourneyBot.BotKit.Schema;
using JourneyBot.BotKit.Turns;
using JourneyBot.Domain.Abstractions;

namespace JourneyBot.Journeys.Localization;

/// <summary>
/// Settles a turn's language at its start: reads the sender's stored choice (served from memory most turns, see
/// <see cref="IPersonLanguages"/>) and keeps the result on the turn, where <see cref="TurnCultures.Culture"/> finds it.
/// </summary>
public sealed class LanguageResolver(IPersonLanguages people)
{
    /// <summary>The tenant part of a person's key when the activity names no tenant (outside Teams).</summary>
    internal const string NoTenant = "-";

    /// <summary>Resolves and keeps the language of the turn.</summary>
    public async Task<TurnLanguage> ResolveAsync(TurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var activity = context.Activity;
        var userId = activity.From?.Id;
        var choice = string.IsNullOrEmpty(userId) ? null : await people.GetAsync(TenantOf(activity), userId, cancellationToken);
        var language = TurnLanguage.For(activity, choice);
        context.SetLanguage(language);
        return language;
    }

    /// <summary>The tenant a person's choice is kept under.</summary>
    internal static string TenantOf(Activity activity) => TeamsChannelData.TenantId(activity) ?? NoTenant;
}
