using JourneyBot.BotKit.State;
using JourneyBot.BotKit.Turns;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Reminders;
using JourneyBot.Journeys.Commands;
using JourneyBot.Journeys.Conversations;
using JourneyBot.Journeys.Localization;
using Microsoft.Extensions.Options;

namespace JourneyBot.Journeys.Reminders;

/// <summary>
/// <c>remind</c>: shows the current map's review cadence and next reminder; <c>remind every 2 weeks on Monday
/// 09:00 Europe/Berlin</c>, <c>remind monthly</c>, <c>remind off</c>/<c>on</c> change it (facilitators only);
/// <c>remind snooze &lt;map&gt;</c> (the reminder card's button) moves the next reminder a week on.
/// </summary>
public sealed class ReminderCommands(
    IMapRepository maps,
    IReminderStore store,
    ISubmissionClaims claims,
    IConversationReferenceStore references,
    ReminderScheduler scheduler,
    IOptions<ReminderOptions> options,
    TimeProvider time)
{
    /// <summary>
    /// A map stored before reminders existed gets the default cadence and its first reminder, in the
    /// conversation it is being used in, the first time anyone uses it; returns the map as stored.
    /// </summary>
    public async Task<JourneyMap> AdoptAsync(TurnContext context, JourneyMap map, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(map);
        if (!map.PredatesReminders)
        {
            return map;
        }

        var stored = await maps.UpdateAsync(
            map.Scope,
            map.Id,
            m => m.PredatesReminders ? m.WithCadence(m.Cadence, time.GetUtcNow()) : m,
            cancellationToken);
        await scheduler.ScheduleAsync(stored, TargetOf(context), cancellationToken);
        return stored;
    }

    public async Task RemindAsync(TurnContext context, JourneyMap map, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(map);
        var culture = context.Culture();
        var request = RemindParser.Parse(argument, map.Cadence, options.Value.AllowMinuteCadence);
        switch (request.Kind)
        {
            case RemindRequestKind.Show:
                await ShowAsync(context, map, cancellationToken);
                return;
            case RemindRequestKind.NotUnderstood:
                await context.SayAsync(TextKeys.ReminderUsage, cancellationToken, request.Echo);
                return;
            case RemindRequestKind.UnknownTimeZone:
                await context.SayAsync(TextKeys.ReminderUnknownZone, cancellationToken, request.Echo);
                return;
            case RemindRequestKind.OutOfRange:
                await context.SayAsync(TextKeys.ReminderOutOfRange, cancellationToken, ReviewCadence.MaxWeeks, ReviewCadence.MaxMonths);
                return;
            case RemindRequestKind.MinutesNotAllowed:
                await context.SayAsync(TextKeys.ReminderMinutesNotAllowed, cancellationToken);
                return;
            case RemindRequestKind.Snooze:
                await SnoozeAsync(context, request.MapId, cancellationToken);
                return;
        }

        if (!await MapEditCommands.EnsureFacilitatorAsync(context, map, cancellationToken))
        {
            return;
        }

        var cadence = request.Kind switch
        {
            RemindRequestKind.Off => map.Cadence with { Enabled = false },
            RemindRequestKind.On => map.Cadence with { Enabled = true },
            _ => request.Cadence!,
        };
        var changed = await maps.UpdateAsync(map.Scope, map.Id, m => m.WithCadence(cadence, time.GetUtcNow()), cancellationToken);
        if (!cadence.Enabled)
        {
            await scheduler.ScheduleAsync(changed, null, cancellationToken);
            await context.SayAsync(TextKeys.ReminderOff, cancellationToken, changed.Name);
            return;
        }

        // Reminders go to the conversation where reminders were last set up.
        await references.SaveAsync(context.Activity.GetConversationReference(), cancellationToken);
        var entry = await scheduler.ScheduleAsync(changed, TargetOf(context), cancellationToken);
        await context.SayAsync(
            TextKeys.ReminderSet,
            cancellationToken,
            changed.Name,
            new Markup(ReminderCards.Describe(culture, cadence)),
            new Markup(ReminderCards.FormatDate(culture, entry!.DueAt, cadence)));
    }

    /// <summary>The conversation a map created here is reminded in.</summary>
    public static ReminderTarget TargetOf(TurnContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var conversation = context.Activity.Conversation;
        return new ReminderTarget(conversation?.TenantId, conversation?.Id ?? string.Empty);
    }

    private async Task ShowAsync(TurnContext context, JourneyMap map, CancellationToken cancellationToken)
    {
        var culture = context.Culture();
        if (!map.Cadence.Enabled)
        {
            await context.SayAsync(TextKeys.ReminderShowOff, cancellationToken, map.Name);
            return;
        }

        var entry = await store.GetAsync(map.Scope, map.Id, cancellationToken);
        var next = entry is null ? BotText.Get(culture, TextKeys.ReminderNotScheduled) : ReminderCards.FormatDate(culture, entry.DueAt, map.Cadence);
        await context.SayAsync(TextKeys.ReminderShow, cancellationToken, map.Name, new Markup(ReminderCards.Describe(culture, map.Cadence)), new Markup(next));
    }

    private async Task SnoozeAsync(TurnContext context, string? mapId, CancellationToken cancellationToken)
    {
        // The map id comes from the card: look it up only within this conversation's own scope.
        var map = string.IsNullOrEmpty(mapId) ? null : await maps.GetAsync(ConversationScopes.For(context.Activity), mapId, cancellationToken);
        if (map is null)
        {
            await context.SayAsync(TextKeys.ReminderMapGone, cancellationToken);
            return;
        }

        // A double click of one card's Snooze (two turns replying to the same card) snoozes once: the first claims the card.
        var culture = context.Culture();
        var cardId = context.Activity.ReplyToId;
        if (!string.IsNullOrEmpty(cardId))
        {
            var now = time.GetUtcNow();
            var claim = await claims.ClaimAsync(map.Scope, map.Id, "snooze|" + cardId, new SubmissionClaim(cardId, now), cancellationToken);
            if (!claim.IsNew)
            {
                var entry = await store.GetAsync(map.Scope, map.Id, cancellationToken);
                var next = entry is null ? BotText.Get(culture, TextKeys.ReminderNotScheduled) : ReminderCards.FormatDate(culture, entry.DueAt, map.Cadence);
                await context.SayAsync(TextKeys.ReminderAlreadySnoozed, cancellationToken, map.Name, new Markup(next));
                return;
            }
        }

        var snoozed = await scheduler.SnoozeAsync(map, cancellationToken);
        if (snoozed is null)
        {
            await context.SayAsync(TextKeys.ReminderNothingToSnooze, cancellationToken, map.Name);
            return;
        }

        await context.SayAsync(TextKeys.ReminderSnoozed, cancellationToken, map.Name, new Markup(ReminderCards.FormatDate(culture, snoozed.DueAt, map.Cadence)), new Markup(map.Cadence.TimeZoneId));
    }
}
