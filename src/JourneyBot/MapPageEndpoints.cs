using System.Globalization;
using System.Text;
using JourneyBot.BotKit.Authentication;
using JourneyBot.Domain.Abstractions;
using JourneyBot.Journeys.Conversations;
using JourneyBot.Journeys.Localization;
using JourneyBot.Journeys.MapPage;
using JourneyBot.Journeys.Sharing;
using Microsoft.AspNetCore.Mvc;

namespace JourneyBot;

/// <summary>
/// <c>GET /maps/{id}/view?t={token}&amp;lang={language}</c>: the map page behind a signed, expiring link. A missing, tampered,
/// expired or other map's link, or one of a tenant no longer on <c>Bot:AllowedTenants</c>, gets the same 403 page
/// whether or not the map exists; a valid link to a deleted map gets 404.
/// </summary>
internal static partial class MapPageEndpoints
{
    // Inline styles and nothing else: no scripts, no fetches, no framing, no forms.
    private const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static IEndpointRouteBuilder MapMapPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/maps/{id}/view", ViewAsync);
        return endpoints;
    }

    private static async Task<IResult> ViewAsync(
        string id,
        [FromQuery(Name = "t")] string? token,
        HttpContext context,
        IMapLinks links,
        ITenantAllowList tenants,
        IMapRepository maps,
        INoteRepository notes,
        IMapPageRenderer renderer,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var culture = CultureOf(context.Request);
        var grant = links.Verify(id, MapLinkPurpose.View, token);
        if (grant is null)
        {
            var logger = loggers.CreateLogger(typeof(MapPageEndpoints));
            LinkRefused(logger, id);
            return Page(context, StatusCodes.Status403Forbidden, renderer.RenderProblem(MapPageProblem.LinkRefused, culture));
        }

        if (!tenants.IsAllowed(ConversationScopes.TenantIdOf(grant.Scope)))
        {
            TenantRefused(loggers.CreateLogger(typeof(MapPageEndpoints)), id, grant.Scope.TenantId);
            return Page(context, StatusCodes.Status403Forbidden, renderer.RenderProblem(MapPageProblem.LinkRefused, culture));
        }

        var map = await maps.GetAsync(grant.Scope, grant.MapId, cancellationToken);
        if (map is null || map.IsDeleted)
        {
            return Page(context, StatusCodes.Status404NotFound, renderer.RenderProblem(MapPageProblem.MapNotFound, culture));
        }

        var mapNotes = await notes.ListAsync(grant.Scope, map.Id, includeDeleted: false, cancellationToken);
        return Page(context, StatusCodes.Status200OK, renderer.Render(map, mapNotes, culture));
    }

    /// <summary>
    /// The page's language: the link's <c>lang</c> (the language of the person the bot made the link for, who may
    /// have chosen it over their client's), else the reader's most preferred one from Accept-Language (Chinese for
    /// zh*, else English).
    /// </summary>
    private static CultureInfo CultureOf(HttpRequest request)
    {
        var linked = request.Query[MapLinkLanguage.Parameter].ToString();
        if (linked.Length > 0)
        {
            return BotText.CultureOf(linked);
        }

        var preferred = request.GetTypedHeaders().AcceptLanguage
            .Where(language => language.Quality is null or > 0)
            .OrderByDescending(language => language.Quality ?? 1)
            .Select(language => language.Value.Value)
            .FirstOrDefault(language => !string.IsNullOrEmpty(language) && language != "*");
        return BotText.CultureOf(preferred);
    }

    private static IResult Page(HttpContext context, int status, string html)
    {
        var headers = context.Response.Headers;
        SignedLinkResponses.SetPrivateHeaders(headers);
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XFrameOptions = "DENY";
        return Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a map page link for map {MapId}: missing, tampered with, expired or made for another map")]
    private static partial void LinkRefused(ILogger logger, string mapId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a map page link for map {MapId}: tenant {TenantId} is not on Bot:AllowedTenants")]
    private static partial void TenantRefused(ILogger logger, string mapId, string tenantId);
}
