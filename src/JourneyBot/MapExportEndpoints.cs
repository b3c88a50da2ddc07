using JourneyBot.BotKit.Authentication;
using JourneyBot.Journeys.Conversations;
using JourneyBot.Journeys.Exports;
using JourneyBot.Journeys.Localization;
using JourneyBot.Journeys.Sharing;
using Microsoft.Net.Http.Headers;

namespace JourneyBot;

/// <summary>
/// <c>GET /maps/{id}/export/{csv|markdown|json}?t={token}</c>: the map's export as a download, for whoever holds
/// a signed link made by the <c>export</c> command. The token alone decides which map of which conversation is
/// read, so a link cannot be pointed at another map, format or conversation. A link of a tenant no longer on
/// <c>Bot:AllowedTenants</c> is refused like a bad one.
/// </summary>
internal static partial class MapExportEndpoints
{
    public static IEndpointRouteBuilder MapMapExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/maps/{id}/export/{format}", ExportAsync);
        return endpoints;
    }

    /// <summary>
    /// 403 for a missing, malformed, tampered or expired token, one made for another map or format, or one of a
    /// tenant that is not served; 404 for
    /// an unknown format or a map that is gone (deleted since the link was made); else 200 with the file.
    /// </summary>
    private static async Task<IResult> ExportAsync(
        string id,
        string format,
        HttpContext http,
        IMapLinks links,
        ITenantAllowList tenants,
        IMapExports exports,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        SignedLinkResponses.SetPrivateHeaders(http.Response.Headers);

        if (!ExportFormats.TryParseSegment(format, out var exportFormat))
        {
            return Results.NotFound();
        }

        var grant = links.Verify(id, ExportFormats.Purpose(exportFormat), http.Request.Query["t"].ToString());
        if (grant is null)
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        if (!tenants.IsAllowed(ConversationScopes.TenantIdOf(grant.Scope)))
        {
            TenantRefused(loggers.CreateLogger(typeof(MapExportEndpoints)), id, grant.Scope.TenantId);
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var culture = BotText.CultureOf(http.Request.Query[ExportFormats.LanguageParameter].ToString());
        var file = await exports.ExportAsync(grant.Scope, grant.MapId, exportFormat, culture, cancellationToken);
        if (file is null)
        {
            return Results.NotFound();
        }

        var disposition = new ContentDispositionHeaderValue("attachment") { FileName = file.AsciiFileName, FileNameStar = file.FileName };
        http.Response.Headers.ContentDisposition = disposition.ToString();
        return Results.Bytes(file.Content, file.ContentType);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an export link for map {MapId}: tenant {TenantId} is not on Bot:AllowedTenants")]
    private static partial void TenantRefused(ILogger logger, string mapId, string tenantId);
}
