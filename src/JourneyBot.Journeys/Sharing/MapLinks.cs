using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using JourneyBot.Domain.Maps;
using Microsoft.Extensions.Options;

namespace JourneyBot.Journeys.Sharing;

/// <summary>
/// Links of the form <c>{base}/maps/{id}/view?t={token}</c>: the token is base64url(JSON payload) "."
/// base64url(HMAC-SHA256 of the payload). The payload names the scope, map, purpose and expiry, so the
/// page needs no other state to find the map, and nothing in the link can be changed without the key.
/// </summary>
internal sealed class MapLinks(IOptions<MapLinkOptions> options, TimeProvider time) : IMapLinks
{
    private const int Version = 1;

    private readonly byte[] _key = Convert.FromBase64String(options.Value.SigningKey ?? string.Empty);
    private readonly MapLinkOptions _options = options.Value;

    public Uri Create(MapScope scope, string mapId, MapLinkPurpose purpose)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentException.ThrowIfNullOrEmpty(mapId);
        var expires = time.GetUtcNow().Add(_options.Lifetime).ToUnixTimeSeconds();
        var payload = JsonSerializer.SerializeToUtf8Bytes(new Payload(Version, scope.TenantId, scope.Container, mapId, purpose.ToString(), expires));
        var token = Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(Sign(payload));
        var baseUrl = _options.PublicBaseUrl!.AbsoluteUri.TrimEnd('/');
        return new Uri(string.Create(
            CultureInfo.InvariantCulture,
            $"{baseUrl}/maps/{Uri.EscapeDataString(mapId)}/{PathOf(purpose)}?t={token}"));
    }

    public MapLinkGrant? Verify(string mapId, MapLinkPurpose purpose, string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 4096)
        {
            return null;
        }

        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || !TryDecode(token[..dot], out var payload) || !TryDecode(token[(dot + 1)..], out var signature))
        {
            return null;
        }

        if (!CryptographicOperations.FixedTimeEquals(Sign(payload), signature))
        {
            return null;
        }

        Payload? claims;
        try
        {
            claims = JsonSerializer.Deserialize<Payload>(payload);
        }
        catch (JsonException)
        {
            return null;
        }

        if (claims is null || claims.V != Version || claims.M != mapId || claims.P != purpose.ToString()
            || string.IsNullOrEmpty(claims.T) || string.IsNullOrEmpty(claims.C))
        {
            return null;
        }

        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(claims.E, 0, DateTimeOffset.MaxValue.ToUnixTimeSeconds()));
        return expiresAt <= time.GetUtcNow() ? null : new MapLinkGrant(new MapScope(claims.T, claims.C), claims.M, purpose, expiresAt);
    }

    /// <summary>The path segment after <c>/maps/{id}/</c> for a purpose.</summary>
    public static string PathOf(MapLinkPurpose purpose) => purpose switch
    {
        MapLinkPurpose.View => "view",
        MapLinkPurpose.ExportCsv => "export/csv",
        MapLinkPurpose.ExportMarkdown => "export/markdown",
        MapLinkPurpose.ExportJson => "export/json",
        _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose, null),
    };

    private byte[] Sign(byte[] payload) => HMACSHA256.HashData(_key, payload);

    private static bool TryDecode(string text, out byte[] bytes)
    {
        bytes = [];
        if (!Base64Url.IsValid(text))
        {
            return false;
        }

        bytes = Base64Url.DecodeFromChars(text);
        return true;
    }

    // Short names keep links short; this JSON never leaves the link.
    private sealed record Payload(int V, string T, string C, string M, string P, long E);
}
