using System.Globalization;
using System.Text;
using JourneyBot.BotKit.Turns;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Journeys.Cards;
using JourneyBot.Journeys.Conversations;
using JourneyBot.Journeys.Localization;
using JourneyBot.Journeys.Maps;

namespace JourneyBot.Journeys.Commands;

/// <summary>The one-turn map commands: <c>maps</c>, <c>use</c>, <c>show map</c>.</summary>
public sealed class MapCommands(IMapRepository maps, INoteRepository notes, MapSelection selection, JourneyCards cards)
{
    public async Task ListAsync(TurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var activity = context.Activity;
        var scope = ConversationScopes.For(activity);
        var all = await maps.ListAsync(scope, cancellationToken);
        if (all.Count == 0)
        {
            await context.SayAsync(TextKeys.MapNoneYet, cancellationToken);
            return;
        }

        var current = await selection.CurrentAsync(scope, activity.From?.Id ?? string.Empty, cancellationToken);
        var culture = context.Culture();
        var text = new StringBuilder(context.Text(TextKeys.MapsTitle, all.Count));
        for (var i = 0; i < all.Count; i++)
        {
            var map = all[i];
            text.Append("\n\n").Append(BotText.Escaped(culture, TextKeys.MapsLine, i + 1, map.Name, map.Id, map.Stages.Count, map.Lanes.Count));
            if (map.Id == current.Map?.Id)
            {
                text.Append(BotText.Get(culture, TextKeys.MapsCurrentMarker));
            }
        }

        await context.SendActivityAsync(text.ToString(), cancellationToken);
    }

    public async Task UseAsync(TurnContext context, string typed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrWhiteSpace(typed))
        {
            await context.SayAsync(TextKeys.UseMissing, cancellationToken);
            return;
        }

        var scope = ConversationScopes.For(context.Activity);
        var matches = MapSelection.Match(await maps.ListAsync(scope, cancellationToken), typed);
        switch (matches.Count)
        {
            case 0:
                await context.SayAsync(TextKeys.UseNotFound, cancellationToken, typed);
                break;
            case 1:
                await maps.SetSelectedMapIdAsync(scope, context.Activity.From?.Id ?? string.Empty, matches[0].Id, cancellationToken);
                await context.SayAsync(TextKeys.UseSelected, cancellationToken, matches[0].Name);
                break;
            default:
                var listed = string.Join(", ", matches.Select(m => string.Create(CultureInfo.InvariantCulture, $"{CardText.Literal(m.Name)} (`{m.Id}`)")));
                await context.SayAsync(TextKeys.UseAmbiguous, cancellationToken, typed, new Markup(listed));
                break;
        }
    }

    public async Task ShowAsync(TurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lookup = await selection.CurrentAsync(ConversationScopes.For(context.Activity), context.Activity.From?.Id ?? string.Empty, cancellationToken);
        if (lookup.Map is null)
        {
            await SayNoMapAsync(context, lookup.Problem, cancellationToken);
            return;
        }

        var mapNotes = await notes.ListAsync(lookup.Map.Scope, lookup.Map.Id, includeDeleted: false, cancellationToken);
        await context.SendActivityAsync(cards.Map(context.Culture(), lookup.Map, mapNotes), cancellationToken);
    }

    /// <summary>Explains why there is no current map and what to do.</summary>
    public static Task SayNoMapAsync(TurnContext context, MapLookupProblem problem, CancellationToken cancellationToken) =>
        context.SayAsync(problem == MapLookupProblem.NoMaps ? TextKeys.MapNoneYet : TextKeys.MapNoneSelected, cancellationToken);
}
