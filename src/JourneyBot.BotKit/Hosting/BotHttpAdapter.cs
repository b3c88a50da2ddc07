using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using JourneyBot.BotKit.Authentication;
using JourneyBot.BotKit.Connector;
using JourneyBot.BotKit.Diagnostics;
using JourneyBot.BotKit.RateLimiting;
using JourneyBot.BotKit.Schema;
using JourneyBot.BotKit.State;
using JourneyBot.BotKit.Turns;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ActivityKind = System.Diagnostics.ActivityKind;
using ActivityStatusCode = System.Diagnostics.ActivityStatusCode;

namespace JourneyBot.BotKit.Hosting;

/// <summary>
/// The protocol's front door, in this order: reads an activity and refuses what is malformed (400) or too big
/// (413); refuses what is unauthenticated (401) or from a tenant not on <c>Bot:AllowedTenants</c> (403); answers
/// a person over a rate limit politely without running the turn; skips re-deliveries; runs the turn and answers
/// 200 or the invoke response. Nothing is stored for a refused activity. Each request is one
/// <see cref="BotTelemetry.TurnSpan"/> span, counted with its outcome, and its log lines carry the activity and
/// conversation ids in scope.
/// </summary>
internal sealed partial class BotHttpAdapter(
    IInboundAuthenticator authenticator,
    ITenantAllowList tenants,
    TurnRateLimiter rateLimiter,
    IActivitySender sender,
    IProcessedActivityStore processedActivities,
    IEnumerable<ITurnErrorHandler> errorHandlers,
    IEnumerable<IRateLimitedTurnHandler> rateLimitedHandlers,
    IHostApplicationLifetime lifetime,
    IOptions<BotAdapterOptions> options,
    TurnMetrics metrics,
    TimeProvider time,
    ILogger<BotHttpAdapter> logger) : IBotHttpAdapter
{
    /// <summary>The log scope of a turn: every line written while the turn runs, in any category, carries both ids.</summary>
    private static readonly Func<ILogger, string?, string?, IDisposable?> TurnScope =
        LoggerMessage.DefineScope<string?, string?>("Activity {ActivityId} in conversation {ConversationId}");

    /// <summary>
    /// The protocol's settings, refusing a property given twice in one object: which of the two a reader takes is
    /// undefined, and the lazily built JSON nodes of <c>value</c> and <c>channelData</c> would throw in the middle
    /// of the turn instead.
    /// </summary>
    private static readonly JsonSerializerOptions InboundJson = CreateInboundJson();

    /// <summary>The longest id (or display name) of an activity accepted.</summary>
    internal const int MaxIdLength = 1024;

    public async Task ProcessAsync(HttpContext httpContext, IBot bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var started = time.GetTimestamp();
        using var span = BotTelemetry.Source.StartActivity(BotTelemetry.TurnSpan, ActivityKind.Internal);
        var record = new TurnRecord();
        try
        {
            record.Outcome = await ProcessTurnAsync(httpContext, bot, span, record, cancellationToken);
        }
        catch (Exception exception)
        {
            span?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            span?.SetTag("error.type", exception.GetType().FullName);
            throw;
        }
        finally
        {
            span?.SetTag(BotTelemetry.OutcomeTag, record.Outcome);
            span?.SetTag(BotTelemetry.StatusCodeTag, httpContext.Response.StatusCode);
            metrics.Record(record.ActivityType, record.Outcome, time.GetElapsedTime(started));
        }
    }

    private async Task<string> ProcessTurnAsync(HttpContext httpContext, IBot bot, System.Diagnostics.Activity? span, TurnRecord record, CancellationToken cancellationToken)
    {
        var request = httpContext.Request;
        var response = httpContext.Response;

        var (activity, problem, status) = await ReadActivityAsync(request, cancellationToken);
        if (activity is null)
        {
            LogRejected(logger, status, problem!);
            await WriteErrorAsync(response, status, problem!, cancellationToken);
            return TurnOutcomes.Rejected;
        }

        record.ActivityType = activity.Type;
        Describe(span, activity);
        using var scope = TurnScope(logger, activity.Id, activity.Conversation!.Id);

        var auth = await authenticator.AuthenticateAsync(request.Headers.Authorization.ToString(), activity, cancellationToken);
        if (!auth.Succeeded)
        {
            LogUnauthorized(logger, activity.ChannelId, auth.FailureReason);
            response.Headers.WWWAuthenticate = "Bearer";
            await WriteErrorAsync(response, StatusCodes.Status401Unauthorized, "Unauthorized.", cancellationToken);
            return TurnOutcomes.Unauthorized;
        }

        // The authenticator records the service URL as trusted only when the token vouches for it.
        var identity = auth.Identity!;

        if (RefusedTenant(activity) is { } refusal)
        {
            LogTenantRefused(logger, refusal.TenantId, refusal.Reason, activity.ChannelId);
            await WriteErrorAsync(response, StatusCodes.Status403Forbidden, "The bot does not serve this tenant.", cancellationToken);
            return TurnOutcomes.Forbidden;
        }

        // The turn is not tied to the HTTP request: a channel that gives up waiting (Teams after ~15 s)
        // must not leave half a turn behind. It ends on its own timeout or at shutdown.
        using var turnCancellation = CancellationTokenSource.CreateLinkedTokenSource(lifetime.ApplicationStopping);
        turnCancellation.CancelAfter(options.Value.TurnTimeout);
        var turnToken = turnCancellation.Token;

        // Before the claim: a flood must not reach storage, and a refused activity stays unclaimed.
        if (rateLimiter.Applies(activity) && rateLimiter.TryAcquire(activity) is { } limited)
        {
            await RefuseOverLimitAsync(response, activity, identity, limited, turnToken, cancellationToken);
            return TurnOutcomes.RateLimited;
        }

        var claimed = await TryClaimAsync(activity, turnToken);
        if (claimed is false)
        {
            LogDuplicate(logger, activity.Id);
            await WriteInvokeOrOkAsync(response, activity, invokeResponse: null, duplicate: true, cancellationToken);
            return TurnOutcomes.Duplicate;
        }

        var turn = new TurnContext(activity, identity, sender);
        var outcome = TurnOutcomes.Completed;
        try
        {
            await bot.OnTurnAsync(turn, turnToken);
        }
        catch (ConnectorException exception) when (IsDeliveryFailure(exception))
        {
            // The connector's retries are spent: the turn's work may well be stored, only its answer is lost.
            // The claim stays, so a re-delivery does not do the work twice; the error handler is not asked to
            // send an apology down the same failing channel. An invoke still gets its (empty) answer.
            LogReplyUndelivered(logger, exception, activity.Type, activity.Id, exception.StatusCode);
            outcome = TurnOutcomes.Undelivered;
            span?.SetStatus(ActivityStatusCode.Error, "The reply could not be delivered.");
            if (activity.Type == ActivityTypes.Invoke && turn.InvokeResponse is null)
            {
                turn.InvokeResponse = new InvokeResponse(StatusCodes.Status200OK);
            }
        }
        catch (Exception exception)
        {
            LogTurnFailed(logger, exception, activity.Type, activity.Id);
            outcome = TurnOutcomes.Failed;

            // The type only: an exception's message may quote what someone wrote.
            span?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            span?.SetTag("error.type", exception.GetType().FullName);
            await ReleaseClaimAsync(activity, claimed);
            await NotifyErrorAsync(turn, exception, turnToken);
            if (activity.Type == ActivityTypes.Invoke && turn.InvokeResponse is null)
            {
                turn.InvokeResponse = new InvokeResponse(StatusCodes.Status500InternalServerError);
            }
        }

        await WriteInvokeOrOkAsync(response, activity, turn.InvokeResponse, duplicate: false, cancellationToken);
        return outcome;
    }

    public async Task ContinueConversationAsync(
        ConversationReference reference,
        Func<TurnContext, CancellationToken, Task> callback,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(callback);
        var activity = new Activity
        {
            Type = ActivityTypes.Event,
            Name = "ContinueConversation",
            ChannelId = reference.ChannelId,
            ServiceUrl = reference.ServiceUrl,
            Conversation = reference.Conversation,
            From = reference.User,
            Recipient = reference.Bot,
            Locale = reference.Locale,
        };
        using var scope = TurnScope(logger, null, reference.Conversation?.Id);
        await callback(new TurnContext(activity, new ClaimsIdentity(), sender), cancellationToken);
    }

    /// <summary>Ids and types only: nothing a person wrote goes into a span.</summary>
    private static void Describe(System.Diagnostics.Activity? span, Activity activity)
    {
        if (span is null)
        {
            return;
        }

        span.SetTag(BotTelemetry.ActivityTypeTag, activity.Type);
        span.SetTag(BotTelemetry.ChannelIdTag, activity.ChannelId);
        span.SetTag(BotTelemetry.ActivityIdTag, activity.Id);
        span.SetTag(BotTelemetry.ConversationIdTag, activity.Conversation?.Id);
        if (activity.Type == ActivityTypes.Invoke)
        {
            span.SetTag(BotTelemetry.InvokeNameTag, activity.Name);
        }
    }

    private async Task<(Activity? Activity, string? Problem, int Status)> ReadActivityAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxRequestBytes;
        if (request.ContentLength > limit)
        {
            return (null, $"Request body is larger than {limit} bytes.", StatusCodes.Status413PayloadTooLarge);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return (null, $"Request body is larger than {limit} bytes.", StatusCodes.Status413PayloadTooLarge);
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return (null, "Request body is empty.", StatusCodes.Status400BadRequest);
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), InboundJson);
        }
        catch (JsonException exception)
        {
            return (null, $"Malformed activity JSON: {exception.Path ?? "$"} could not be read.", StatusCodes.Status400BadRequest);
        }
        catch (Exception exception) when (exception is NotSupportedException or InvalidOperationException or FormatException or ArgumentException)
        {
            return (null, "Malformed activity JSON.", StatusCodes.Status400BadRequest);
        }

        var problem = activity switch
        {
            null => "The body must be an activity object.",
            { Type: null or "" } => "The activity has no type.",
            { Conversation: null } or { Conversation.Id: null or "" } => "The activity has no conversation.id.",
            { ServiceUrl: null or "" } => "The activity has no serviceUrl.",
            _ when !IsHttpUrl(activity.ServiceUrl) => "The activity's serviceUrl is not an absolute http(s) URL.",
            { Type: ActivityTypes.Message or ActivityTypes.Invoke } when string.IsNullOrEmpty(activity.From?.Id) => "The activity has no from.id.",
            _ => TooLongId(activity),
        };
        return problem is null ? (activity, null, StatusCodes.Status200OK) : (null, problem, StatusCodes.Status400BadRequest);
    }

    /// <summary>
    /// Channels' ids are a few dozen characters; far longer ones cannot be stored (a Table Storage column holds 32K
    /// characters) nor put in a connector URL, so they are refused here rather than failing the turn.
    /// </summary>
    private static string? TooLongId(Activity activity)
    {
        (string Name, string? Value)[] ids =
        [
            ("id", activity.Id), ("channelId", activity.ChannelId), ("from.id", activity.From?.Id), ("recipient.id", activity.Recipient?.Id),
            ("conversation.id", activity.Conversation!.Id), ("conversation.tenantId", activity.Conversation.TenantId), ("replyToId", activity.ReplyToId),
        ];
        (string Name, string? Value)[] names =
        [
            ("from.name", activity.From?.Name), ("recipient.name", activity.Recipient?.Name), ("conversation.name", activity.Conversation.Name),
            ("conversation.conversationType", activity.Conversation.ConversationType), ("locale", activity.Locale), ("serviceUrl", activity.ServiceUrl),
            ("from.aadObjectId", activity.From?.AadObjectId), ("from.role", activity.From?.Role), ("name", activity.Name), ("action", activity.Action),
        ];
        var tooLong = ids.Concat(names).FirstOrDefault(field => field.Value?.Length > MaxIdLength);
        if (tooLong.Name is not null)
        {
            return $"The activity's {tooLong.Name} is longer than {MaxIdLength} characters.";
        }

        // Control characters never occur in a channel's ids, and Table Storage does not keep them reliably.
        var unreadable = ids.FirstOrDefault(field => field.Value?.Any(char.IsControl) == true);
        return unreadable.Name is null ? null : $"The activity's {unreadable.Name} holds control characters.";
    }

    private static JsonSerializerOptions CreateInboundJson()
    {
        var options = new JsonSerializerOptions(BotJson.Options) { AllowDuplicateProperties = false };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>Why the activity's tenant is not served, or null when it is.</summary>
    private (string? TenantId, string Reason)? RefusedTenant(Activity activity)
    {
        if (!tenants.IsRestricted)
        {
            return null;
        }

        var named = TeamsChannelData.TenantIds(activity);
        if (named.Count == 0)
        {
            return (null, "the activity names no tenant");
        }

        // Both places a tenant can be named must agree with the list, so neither can smuggle another tenant in.
        var refused = named.FirstOrDefault(id => !tenants.IsAllowed(id));
        return refused is null ? null : (refused, "the tenant is not on Bot:AllowedTenants");
    }

    /// <summary>
    /// The turn does not run. The first refusal of a window gets one polite reply; later ones get none, so a
    /// flood is never answered by a flood. An invoke always gets its answer in the HTTP response.
    /// </summary>
    private async Task RefuseOverLimitAsync(
        HttpResponse response,
        Activity activity,
        ClaimsIdentity identity,
        RateLimitRefusal refusal,
        CancellationToken turnToken,
        CancellationToken cancellationToken)
    {
        var isInvoke = activity.Type == ActivityTypes.Invoke;
        if (refusal.FirstInWindow)
        {
            LogRateLimited(logger, refusal.Scope, activity.Conversation?.Id, activity.From?.Id, refusal.RetryAfter);
        }

        var turn = new TurnContext(activity, identity, sender);
        if (refusal.FirstInWindow || isInvoke)
        {
            foreach (var handler in rateLimitedHandlers)
            {
                try
                {
                    await handler.OnRateLimitedAsync(turn, refusal, turnToken);
                }
                catch (Exception exception)
                {
                    LogRateLimitHandlerFailed(logger, exception);
                }
            }
        }

        if (!isInvoke)
        {
            response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        await WriteInvokeOrOkAsync(response, activity, turn.InvokeResponse ?? new InvokeResponse(StatusCodes.Status429TooManyRequests), duplicate: false, cancellationToken);
    }

    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    /// <summary>True: claimed; false: already handled; null: no id, or the store is unavailable (handle anyway).</summary>
    private async Task<bool?> TryClaimAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(activity.Id))
        {
            return null;
        }

        try
        {
            return await processedActivities.TryBeginAsync(activity.Conversation!.Id!, activity.Id, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Losing de-duplication for a moment beats refusing every message while storage is away.
            LogClaimFailed(logger, exception, activity.Id);
            return null;
        }
    }

    /// <summary>
    /// No answer, a time-out, throttling or a failing gateway, or a channel that will not take the reply (the bot
    /// was removed or blocked, the conversation is gone: 401, 403, 404): the channel, not the request, is the
    /// problem, and an apology would go down the same road. A 400 is still a failed turn (we sent something wrong).
    /// </summary>
    private static bool IsDeliveryFailure(ConnectorException exception) =>
        exception.StatusCode is 0 or 401 or 403 or 404 or 408 or 429 or >= 500;

    private async Task ReleaseClaimAsync(Activity activity, bool? claimed)
    {
        if (claimed is not true)
        {
            return;
        }

        try
        {
            await processedActivities.AbandonAsync(activity.Conversation!.Id!, activity.Id!, CancellationToken.None);
        }
        catch (Exception exception)
        {
            LogClaimFailed(logger, exception, activity.Id);
        }
    }

    private async Task NotifyErrorAsync(TurnContext turn, Exception exception, CancellationToken cancellationToken)
    {
        foreach (var handler in errorHandlers)
        {
            try
            {
                await handler.OnTurnErrorAsync(turn, exception, cancellationToken);
            }
            catch (Exception handlerException)
            {
                LogErrorHandlerFailed(logger, handlerException);
            }
        }
    }

    private static async Task WriteInvokeOrOkAsync(HttpResponse response, Activity activity, InvokeResponse? invokeResponse, bool duplicate, CancellationToken cancellationToken)
    {
        if (activity.Type != ActivityTypes.Invoke || duplicate)
        {
            response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        if (invokeResponse is null)
        {
            // No handler answered this invoke: a request this bot does not take, so a 4xx with the reason (SDKs answer
            // 501, but nothing failed on the server, and a 5xx would read as an outage in the channel's telemetry).
            var name = string.IsNullOrEmpty(activity.Name) ? "(no name)" : activity.Name;
            await WriteErrorAsync(response, StatusCodes.Status400BadRequest, $"This bot does not handle the invoke '{name}'.", cancellationToken);
            return;
        }

        response.StatusCode = invokeResponse.Status;
        if (invokeResponse.Body is not null)
        {
            response.ContentType = "application/json; charset=utf-8";
            await response.WriteAsync(invokeResponse.Body.ToJsonString(BotJson.Options), cancellationToken);
        }
    }

    private static Task WriteErrorAsync(HttpResponse response, int status, string message, CancellationToken cancellationToken)
    {
        response.StatusCode = status;
        response.ContentType = "application/json; charset=utf-8";
        var code = status switch
        {
            StatusCodes.Status401Unauthorized => "Unauthorized",
            StatusCodes.Status403Forbidden => "Forbidden",
            StatusCodes.Status413PayloadTooLarge => "PayloadTooLarge",
            _ => "BadRequest",
        };
        var body = new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } };
        return response.WriteAsync(body.ToJsonString(), cancellationToken);
    }

    /// <summary>What the telemetry of a request needs to know once it is over.</summary>
    private sealed class TurnRecord
    {
        public string? ActivityType { get; set; }

        public string Outcome { get; set; } = TurnOutcomes.Failed;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rejected activity with {Status}: {Reason}")]
    private static partial void LogRejected(ILogger logger, int status, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unauthorized activity from channel {ChannelId}: {Reason}")]
    private static partial void LogUnauthorized(ILogger logger, string? channelId, string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused activity from channel {ChannelId} with 403: {Reason} (tenant {TenantId})")]
    private static partial void LogTenantRefusedCore(ILogger logger, string? channelId, string reason, string? tenantId);

    private static void LogTenantRefused(ILogger logger, string? tenantId, string reason, string? channelId) =>
        LogTenantRefusedCore(logger, channelId, reason, tenantId ?? "(none)");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Over the {Scope} rate limit in conversation {ConversationId} (user {UserId}): activities are refused for the next {RetryAfter}")]
    private static partial void LogRateLimited(ILogger logger, RateLimitScope scope, string? conversationId, string? userId, TimeSpan retryAfter);

    [LoggerMessage(Level = LogLevel.Error, Message = "The rate limit handler failed")]
    private static partial void LogRateLimitHandlerFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Activity {ActivityId} was already handled; skipping the re-delivery")]
    private static partial void LogDuplicate(ILogger logger, string? activityId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed for {ActivityType} activity {ActivityId}")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string? activityType, string? activityId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The reply to {ActivityType} activity {ActivityId} could not be delivered ({Status}); the turn's work is kept")]
    private static partial void LogReplyUndelivered(ILogger logger, Exception exception, string? activityType, string? activityId, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record or release activity {ActivityId} for de-duplication")]
    private static partial void LogClaimFailed(ILogger logger, Exception exception, string? activityId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The turn error handler failed")]
    private static partial void LogErrorHandlerFailed(ILogger logger, Exception exception);
}
