using System.Diagnostics.Metrics;
using JourneyBot.BotKit.Connector;
using JourneyBot.BotKit.Schema;
using JourneyBot.BotKit.State;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Domain.Analysis;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Reminders;
using JourneyBot.Journeys.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JourneyBot.Journeys.Reminders;

/// <summary>
/// One round of reminders: claims what is due (no other instance sends it), sends the reminder card to the
/// map's conversation through its saved reference, nudges owners of empty lanes 1:1, and schedules the next
/// reminder. A failed send (5xx, throttling, no answer) is tried again later with back-off; a refusal (403,
/// 404) ends that target's reminders instead of retrying forever. Rounds and reminders are traced and counted
/// under <see cref="ReminderTelemetry.Name"/>.
/// </summary>
public sealed partial class ReminderDispatcher(
    IReminderStore store,
    IMapRepository maps,
    INoteRepository notes,
    IConversationReferenceStore references,
    IConnectorClient connector,
    ReminderCards cards,
    ReminderScheduler scheduler,
    IReminderActionItems actionItems,
    IPersonLanguages people,
    IOptions<ReminderOptions> options,
    TimeProvider time,
    IMeterFactory meterFactory,
    ILogger<ReminderDispatcher> logger)
{
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromHours(1);
    private readonly Dictionary<string, DateTimeOffset> _lastSend = new(StringComparer.Ordinal);
    private readonly Counter<long> _reminders = meterFactory.Create(ReminderTelemetry.Name).CreateCounter<long>(
        ReminderTelemetry.RemindersInstrument, "{reminder}", "Due reminders handled, by outcome.");

    /// <summary>Sends every reminder due now; returns how many were sent.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var round = ReminderTelemetry.Source.StartActivity(ReminderTelemetry.RoundSpan);
        var claims = await store.ClaimDueAsync(time.GetUtcNow(), settings.Lease, settings.BatchSize, cancellationToken);
        round?.SetTag(ReminderTelemetry.ClaimedTag, claims.Count);
        var sent = 0;
        foreach (var claim in claims)
        {
            if (await DispatchAsync(claim, cancellationToken))
            {
                sent++;
            }
        }

        return sent;
    }

    private async Task<bool> DispatchAsync(ReminderClaim claim, CancellationToken cancellationToken)
    {
        using var span = ReminderTelemetry.Source.StartActivity(ReminderTelemetry.SendSpan);
        span?.SetTag(ReminderTelemetry.MapIdTag, claim.Entry.MapId);
        var outcome = ReminderTelemetry.Error;
        try
        {
            outcome = await DispatchOneAsync(claim, span, cancellationToken);
            return outcome == ReminderTelemetry.Sent;
        }
        catch (Exception exception)
        {
            span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, exception.GetType().Name);
            span?.SetTag("error.type", exception.GetType().FullName);
            throw;
        }
        finally
        {
            span?.SetTag(ReminderTelemetry.OutcomeTag, outcome);
            _reminders.Add(1, new KeyValuePair<string, object?>(ReminderTelemetry.OutcomeTag, outcome));
        }
    }

    private async Task<string> DispatchOneAsync(ReminderClaim claim, System.Diagnostics.Activity? span, CancellationToken cancellationToken)
    {
        var entry = claim.Entry;
        var map = await maps.GetAsync(entry.Scope, entry.MapId, cancellationToken);
        if (map is null || !map.Cadence.Enabled)
        {
            LogDropped(logger, entry.MapId, map is null ? "map deleted" : "reminders off");
            await store.CompleteAsync(claim, null, cancellationToken);
            return ReminderTelemetry.Dropped;
        }

        var reference = await references.GetAsync(entry.Target.TenantId, entry.Target.ConversationId, cancellationToken);
        if (reference?.ServiceUrl is null || reference.Conversation?.Id is null)
        {
            LogDropped(logger, entry.MapId, "no conversation reference");
            await store.CompleteAsync(claim, null, cancellationToken);
            return ReminderTelemetry.Dropped;
        }

        var now = time.GetUtcNow();
        var culture = ChannelCulture(map, reference);
        var all = await notes.ListAsync(map.Scope, map.Id, includeDeleted: true, cancellationToken);
        var actions = await actionItems.ForReminderAsync(map, now, cancellationToken);
        var card = cards.Card(culture, map, all, actions, now);
        var serviceUrl = new Uri(reference.ServiceUrl);
        var conversationId = TeamsChannelData.ConversationWithoutThread(reference.Conversation.Id)!;
        try
        {
            await SendAsync(serviceUrl, conversationId, card, cancellationToken);
        }
        catch (ConnectorException ex) when (ex.StatusCode is 403 or 404)
        {
            LogUnreachable(logger, ex, entry.MapId, ex.StatusCode, ex.ErrorCode);
            span?.SetTag(ReminderTelemetry.StatusCodeTag, ex.StatusCode);
            await store.CompleteAsync(claim, null, cancellationToken);
            return ReminderTelemetry.Unreachable;
        }
        catch (ConnectorException ex) when (IsWorthRetrying(ex) && entry.Attempts + 1 < options.Value.MaxAttempts)
        {
            var retryAt = now + RetryDelay(entry.Attempts, ex.RetryAfter);
            LogRetryLater(logger, ex, entry.MapId, ex.StatusCode, entry.Attempts + 1, retryAt);
            span?.SetTag(ReminderTelemetry.StatusCodeTag, ex.StatusCode);
            span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, "The send failed; it is tried again later.");
            await store.CompleteAsync(claim, entry with { DueAt = retryAt, Attempts = entry.Attempts + 1 }, cancellationToken);
            return ReminderTelemetry.Retrying;
        }
        catch (ConnectorException ex)
        {
            // Refused for good (e.g. 413) or out of attempts: this period is skipped, the next one stands.
            LogGaveUp(logger, ex, entry.MapId, ex.StatusCode, entry.Attempts + 1);
            span?.SetTag(ReminderTelemetry.StatusCodeTag, ex.StatusCode);
            span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, "The send failed for good; this period is skipped.");
            await CompleteWithNextAsync(claim, map, entry, now, cancellationToken);
            return ReminderTelemetry.GaveUp;
        }

        LogSent(logger, entry.MapId, conversationId);
        var unreachable = await NudgeEmptyLanesAsync(map, all, entry, reference, culture, cancellationToken);
        await CompleteWithNextAsync(claim, map, entry with { UnreachableUserIds = unreachable }, now, cancellationToken);
        return ReminderTelemetry.Sent;
    }

    /// <summary>
    /// The language of what goes to the whole chat: the map's default; for a map stored before maps had one, the
    /// locale saved with the conversation reference (what reminders used before), else English.
    /// </summary>
    internal static System.Globalization.CultureInfo ChannelCulture(JourneyMap map, ConversationReference reference) =>
        BotText.SupportedCultureOf(map.Language) ?? BotText.CultureOf(reference.Locale);

    private Task<bool> CompleteWithNextAsync(ReminderClaim claim, JourneyMap map, ReminderEntry entry, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var nominal = ReminderSchedule.NextAfterSent(map.Cadence, entry.NominalAt, now);
        var next = entry with { NominalAt = nominal, DueAt = scheduler.Deliverable(map.Cadence, nominal), Attempts = 0 };
        return store.CompleteAsync(claim, next, cancellationToken);
    }

    /// <summary>A 1:1 message to each owner of a lane with no notes; owners who cannot be reached are reported once.</summary>
    private async Task<IReadOnlyList<string>> NudgeEmptyLanesAsync(
        JourneyMap map,
        IReadOnlyList<Domain.Notes.Note> all,
        ReminderEntry entry,
        ConversationReference reference,
        System.Globalization.CultureInfo culture,
        CancellationToken cancellationToken)
    {
        var unreachable = entry.UnreachableUserIds.ToList();
        var insights = MapAnalysis.Analyse(map, all, map.CreatedAt);
        var serviceUrl = new Uri(reference.ServiceUrl!);
        foreach (var lane in insights.Lanes.Where(l => l.Lane.Owner is not null && l.Counts.Total == 0).Select(l => l.Lane))
        {
            var owner = lane.Owner!;
            if (unreachable.Contains(owner.Id, StringComparer.Ordinal))
            {
                continue;
            }

            // A 1:1 message speaks the owner's own choice when they made one, else the map's language.
            var ownerCulture = BotText.SupportedCultureOf(await people.GetAsync(map.Scope.TenantId, owner.Id, cancellationToken)) ?? culture;
            var nudge = Activity.CreateMessage(BotText.Get(ownerCulture, TextKeys.ReminderNudge, owner.Name, lane.Name, map.Name));
            try
            {
                var created = await connector.CreateConversationAsync(
                    serviceUrl,
                    new ConversationParameters
                    {
                        IsGroup = false,
                        Bot = reference.Bot,
                        Members = [new ChannelAccount { Id = owner.Id, Name = owner.Name }],
                        TenantId = reference.Conversation?.TenantId,
                    },
                    cancellationToken);
                if (created.Id is null)
                {
                    continue;
                }

                await SendAsync(created.ServiceUrl is { Length: > 0 } url ? new Uri(url) : serviceUrl, created.Id, nudge, cancellationToken);
                LogNudged(logger, map.Id, lane.Id);
            }
            catch (ConnectorException ex) when (ex.StatusCode is 403 or 404)
            {
                // Blocked, uninstalled or not in the roster: stop trying and tell the facilitators where the map lives.
                LogUnreachable(logger, ex, map.Id, ex.StatusCode, ex.ErrorCode);
                unreachable.Add(owner.Id);
                var notice = Activity.CreateMessage(BotText.Get(culture, TextKeys.ReminderUnreachable, owner.Name, lane.Name, map.Name));
                await TrySendAsync(serviceUrl, TeamsChannelData.ConversationWithoutThread(reference.Conversation!.Id)!, notice, cancellationToken);
            }
            catch (ConnectorException ex)
            {
                // Passing trouble: the next reminder nudges again.
                LogNudgeFailed(logger, ex, map.Id, ex.StatusCode);
            }
        }

        return unreachable;
    }

    private async Task TrySendAsync(Uri serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            await SendAsync(serviceUrl, conversationId, activity, cancellationToken);
        }
        catch (ConnectorException ex)
        {
            LogNudgeFailed(logger, ex, conversationId, ex.StatusCode);
        }
    }

    /// <summary>Sends, keeping at least <see cref="ReminderOptions.MinSendInterval"/> between two sends to one conversation.</summary>
    private async Task SendAsync(Uri serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var gap = options.Value.MinSendInterval;
        if (gap > TimeSpan.Zero && _lastSend.TryGetValue(conversationId, out var last))
        {
            var wait = last + gap - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken);
            }
        }

        _lastSend[conversationId] = time.GetUtcNow();
        await connector.SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken);
    }

    private static bool IsWorthRetrying(ConnectorException ex) => ex.StatusCode is 0 or 408 or 412 or 429 or >= 500;

    private TimeSpan RetryDelay(int attempts, TimeSpan? retryAfter)
    {
        var backoff = options.Value.RetryDelay * Math.Pow(2, Math.Min(attempts, 10));
        var delay = backoff > MaxRetryDelay ? MaxRetryDelay : backoff;
        return retryAfter is { } asked && asked > delay ? asked : delay;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Sent the review reminder of map {MapId} to {ConversationId}")]
    private static partial void LogSent(ILogger logger, string mapId, string conversationId);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Reminder of map {MapId} failed with {Status} (attempt {Attempt}); trying again at {RetryAt}")]
    private static partial void LogRetryLater(ILogger logger, Exception exception, string mapId, int status, int attempt, DateTimeOffset retryAt);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Reminder of map {MapId} failed with {Status} after {Attempts} attempt(s); skipping to the next period")]
    private static partial void LogGaveUp(ILogger logger, Exception exception, string mapId, int status, int attempts);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "A target of map {MapId} is unreachable ({Status} {ErrorCode}); not trying it again")]
    private static partial void LogUnreachable(ILogger logger, Exception exception, string mapId, int status, string? errorCode);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "Dropped the reminder of map {MapId}: {Reason}")]
    private static partial void LogDropped(ILogger logger, string mapId, string reason);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information, Message = "Nudged the owner of lane {LaneId} of map {MapId}")]
    private static partial void LogNudged(ILogger logger, string mapId, string laneId);

    [LoggerMessage(EventId = 7, Level = LogLevel.Warning, Message = "A nudge or notice for {Target} failed with {Status}; the next reminder tries again")]
    private static partial void LogNudgeFailed(ILogger logger, Exception exception, string target, int status);
}
