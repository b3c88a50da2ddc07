using System.Globalization;
using JourneyBot.BotKit.Schema;
using JourneyBot.BotKit.Turns;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Actions;
using JourneyBot.Domain.Analysis;
using JourneyBot.Domain.Maps;
using JourneyBot.Journeys.Conversations;
using JourneyBot.Journeys.Cards;
using JourneyBot.Journeys.Localization;
using JourneyBot.Journeys.Sharing;

namespace JourneyBot.Journeys.Summaries;

/// <summary>
/// <c>summary</c>: the state of the current map at a glance; <c>summary &lt;stage&gt;</c> and
/// <c>summary lane &lt;lane&gt;</c>: one stage or one lane. A card where the channel renders Adaptive Cards,
/// markdown text elsewhere.
/// </summary>
public sealed class SummaryCommands(INoteRepository notes, IActionItemRepository actions, SummaryCards cards, IMapLinks links, TimeProvider time)
{
    /// <summary>
    /// The period "what changed" covers on a map never reviewed; once a review was closed, the changes are
    /// counted from it instead (<see cref="JourneyMap.LastReviewedAt"/>, when its snapshot was taken).
    /// </summary>
    public static TimeSpan ChangeWindow { get; } = TimeSpan.FromDays(14);

    private const int NamesListed = 12;
    private const int NameLength = 40;

    public async Task ShowAsync(TurnContext context, JourneyMap map, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(map);
        var target = SummaryTarget.Resolve(map, argument);
        if (target.Kind == SummaryTargetKind.Unknown)
        {
            await SayUnknownAsync(context, map, argument, target, cancellationToken);
            return;
        }

        var focus = target.Kind switch
        {
            SummaryTargetKind.Stage => MapFocus.OnStage(target.Id!),
            SummaryTargetKind.Lane => MapFocus.OnLane(target.Id!),
            _ => null,
        };
        var all = await notes.ListAsync(map.Scope, map.Id, includeDeleted: true, cancellationToken);
        var insights = MapAnalysis.Analyse(map, all, map.LastReviewedAt ?? time.GetUtcNow() - ChangeWindow, focus);
        if (focus is null)
        {
            // The whole map's summary shows its open action items, judged overdue by the date in the map's time zone.
            var items = await actions.ListAsync(map.Scope, map.Id, cancellationToken);
            insights = insights with { Actions = ActionPlan.Of(items, map.LocalDate(time.GetUtcNow()), SummaryLimits.Levels[0].Items) };
        }
        var culture = context.Culture();
        var mapUrl = MapLinkLanguage.With(links.Create(map.Scope, map.Id, MapLinkPurpose.View), culture);
        var reply = ChannelCapabilities.SupportsAdaptiveCards(context.Activity.ChannelId)
            ? cards.Card(culture, insights, ChangeWindow, mapUrl)
            : SummaryCards.Text(culture, insights, ChangeWindow, mapUrl);
        await context.SendActivityAsync(reply, cancellationToken);
    }

    /// <summary>No such stage or lane: the closest names, or else every stage and lane to choose from.</summary>
    private static Task SayUnknownAsync(TurnContext context, JourneyMap map, string typed, SummaryTarget target, CancellationToken cancellationToken)
    {
        var culture = context.Culture();
        string options;
        if (target.StageSuggestions.Count + target.LaneSuggestions.Count > 0)
        {
            var named = target.StageSuggestions.Select(s => BotText.Get(culture, TextKeys.SummaryStageTag, Quoted(s.Name)))
                .Concat(target.LaneSuggestions.Select(l => BotText.Get(culture, TextKeys.SummaryLaneTag, Quoted(l.Name))));
            options = BotText.Get(culture, TextKeys.SummaryClosest, string.Join(BotText.Get(culture, TextKeys.SummaryListSeparator), named));
        }
        else
        {
            options = BotText.Get(culture, TextKeys.SummaryChoices, List(culture, map.Stages.Select(s => s.Name)), List(culture, map.Lanes.Select(l => l.Name)));
        }

        var echo = MapText.Truncate(MapText.CleanName(typed), JourneyMap.MaxNameLength);
        return context.SayAsync(TextKeys.SummaryUnknown, cancellationToken, echo, map.Name, new Markup(options));
    }

    private static string List(CultureInfo culture, IEnumerable<string> names)
    {
        var all = names.ToList();
        if (all.Count == 0)
        {
            return BotText.Get(culture, TextKeys.SummaryNone);
        }

        var joined = string.Join(BotText.Get(culture, TextKeys.SummaryListSeparator), all.Take(NamesListed).Select(Quoted));
        return all.Count > NamesListed ? BotText.Get(culture, TextKeys.SummaryNamesMore, joined, all.Count - NamesListed) : joined;
    }

    private static string Quoted(string name) => "“" + CardText.Literal(SummaryView.Cut(name, NameLength)) + "”";
}
