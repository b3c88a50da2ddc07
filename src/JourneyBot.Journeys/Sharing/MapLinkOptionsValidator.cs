using Microsoft.Extensions.Options;

namespace JourneyBot.Journeys.Sharing;

/// <summary>Fails start-up with a message naming the setting when links could not be made or checked.</summary>
internal sealed class MapLinkOptionsValidator : IValidateOptions<MapLinkOptions>
{
    public ValidateOptionsResult Validate(string? name, MapLinkOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.SigningKey))
        {
            failures.Add($"{MapLinkOptions.SectionName}:{nameof(MapLinkOptions.SigningKey)} is required: a base64 key of at least {MapLinkOptions.MinKeyBytes} bytes, the same on every instance.");
        }
        else if (!IsLongEnoughKey(options.SigningKey))
        {
            failures.Add($"{MapLinkOptions.SectionName}:{nameof(MapLinkOptions.SigningKey)} must be base64 of at least {MapLinkOptions.MinKeyBytes} bytes.");
        }

        if (options.PublicBaseUrl is not { IsAbsoluteUri: true } url || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{MapLinkOptions.SectionName}:{nameof(MapLinkOptions.PublicBaseUrl)} is required: the bot's public http(s) address.");
        }

        if (options.Lifetime <= TimeSpan.Zero || options.Lifetime > TimeSpan.FromDays(366))
        {
            failures.Add($"{MapLinkOptions.SectionName}:{nameof(MapLinkOptions.Lifetime)} must be between a second and a year.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsLongEnoughKey(string key)
    {
        var buffer = new byte[key.Length];
        return Convert.TryFromBase64String(key, buffer, out var written) && written >= MapLinkOptions.MinKeyBytes;
    }
}
