using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using JourneyBot.BotKit.Schema;
using JourneyBot.Journeys.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JourneyBot.Journeys.Exports;

/// <summary>
/// Finds the document of an <c>import</c> message: a JSON file attachment (inline content, a <c>data:</c> URL,
/// or a download from an allowed https host, such as the Teams file-download card), else JSON pasted after the
/// command. Every source is held to <see cref="ImportOptions.MaxDocumentBytes"/>.
/// </summary>
internal sealed partial class ImportSources(IHttpClientFactory httpClients, IOptions<ImportOptions> options, TimeProvider time, ILogger<ImportSources> logger)
{
    /// <summary>How Teams delivers a file someone attached to a message to the bot.</summary>
    public const string TeamsFileDownloadInfo = "application/vnd.microsoft.teams.file.download.info";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly ImportOptions _options = options.Value;

    /// <summary>True when the message carries an attachment that <see cref="ReadAsync"/> would read.</summary>
    public static bool HasFile(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return (activity.Attachments ?? []).Any(a => IsTeamsFile(a) || IsJsonAttachment(a));
    }

    public async Task<ImportInput> ReadAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        foreach (var attachment in activity.Attachments ?? [])
        {
            if (IsTeamsFile(attachment))
            {
                return await ReadTeamsFileAsync(attachment, cancellationToken);
            }

            if (IsJsonAttachment(attachment))
            {
                return await ReadJsonAttachmentAsync(attachment, cancellationToken);
            }
        }

        return FromText(activity.Text);
    }

    /// <summary>The JSON object pasted after the command: from the first <c>{</c> to the last <c>}</c> of the raw text.</summary>
    private ImportInput FromText(string? text)
    {
        var start = text?.IndexOf('{', StringComparison.Ordinal) ?? -1;
        var end = text?.LastIndexOf('}') ?? -1;
        if (text is null || start < 0 || end < start)
        {
            return ImportInput.Problem(TextKeys.ImportNoDocument);
        }

        var json = text[start..(end + 1)];

        // Channels that send HTML (Teams with rich text) escape the quotes of pasted JSON.
        if (!json.Contains('"', StringComparison.Ordinal) && json.Contains("&quot;", StringComparison.Ordinal))
        {
            json = WebUtility.HtmlDecode(json);
        }

        return Checked(json);
    }

    private async Task<ImportInput> ReadTeamsFileAsync(Attachment attachment, CancellationToken cancellationToken)
    {
        var fileType = StringAt(attachment.Content, "fileType");
        var name = attachment.Name ?? string.Empty;
        if (!string.Equals(fileType, "json", StringComparison.OrdinalIgnoreCase) && !name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return ImportInput.Problem(TextKeys.ImportNotJsonFile, name);
        }

        return await DownloadAsync(StringAt(attachment.Content, "downloadUrl"), cancellationToken);
    }

    private async Task<ImportInput> ReadJsonAttachmentAsync(Attachment attachment, CancellationToken cancellationToken)
    {
        switch (attachment.Content)
        {
            case JsonValue value when value.TryGetValue<string>(out var text):
                return Checked(text);
            case JsonObject or JsonArray:
                return Checked(attachment.Content.ToJsonString());
        }

        var url = attachment.ContentUrl;
        if (url is not null && url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            return FromDataUrl(url);
        }

        return await DownloadAsync(url, cancellationToken);
    }

    /// <summary><c>data:[type][;base64],payload</c> (RFC 2397).</summary>
    private ImportInput FromDataUrl(string url)
    {
        var comma = url.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0)
        {
            return ImportInput.Problem(TextKeys.ImportNoDocument);
        }

        var header = url[5..comma];
        var payload = url[(comma + 1)..];
        if (payload.Length > _options.MaxDocumentBytes * 3L)
        {
            return TooLarge();
        }

        byte[] bytes;
        if (header.EndsWith(";base64", StringComparison.OrdinalIgnoreCase))
        {
            var buffer = new byte[payload.Length];
            if (!Convert.TryFromBase64String(payload, buffer, out var written))
            {
                return ImportInput.Problem(TextKeys.ImportNotUtf8);
            }

            bytes = buffer[..written];
        }
        else
        {
            bytes = Encoding.UTF8.GetBytes(Uri.UnescapeDataString(payload));
        }

        return FromBytes(bytes);
    }

    private async Task<ImportInput> DownloadAsync(string? url, CancellationToken cancellationToken)
    {
        var allowed = string.Join(", ", _options.EffectiveAllowedHosts);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !_options.IsAllowed(uri))
        {
            var shown = uri is { IsAbsoluteUri: true } ? uri.Scheme + "://" + uri.Authority : "?";
            LogDownloadRefused(logger, shown);
            return ImportInput.Problem(TextKeys.ImportDownloadRefused, shown, allowed);
        }

        using var timeout = new CancellationTokenSource(_options.DownloadTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var client = httpClients.CreateClient(ImportOptions.HttpClientName);
            using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            if (!response.IsSuccessStatusCode)
            {
                LogDownloadFailed(logger, uri.Host, (int)response.StatusCode);
                return ImportInput.Problem(TextKeys.ImportDownloadFailed, $"HTTP {(int)response.StatusCode}");
            }

            if (response.Content.Headers.ContentLength > _options.MaxDocumentBytes)
            {
                return TooLarge();
            }

            await using var body = await response.Content.ReadAsStreamAsync(linked.Token);
            var bytes = await ReadAtMostAsync(body, _options.MaxDocumentBytes, linked.Token);
            return bytes is null ? TooLarge() : FromBytes(bytes);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            LogDownloadFailed(logger, uri.Host, 0);
            return ImportInput.Problem(TextKeys.ImportDownloadFailed, "timeout");
        }
        catch (HttpRequestException exception)
        {
            LogDownloadError(logger, exception, uri.Host);
            return ImportInput.Problem(TextKeys.ImportDownloadFailed, exception.HttpRequestError.ToString());
        }
    }

    /// <summary>The stream's bytes, or null as soon as there are more than <paramref name="limit"/>.</summary>
    private static async Task<byte[]?> ReadAtMostAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private ImportInput FromBytes(byte[] bytes)
    {
        if (bytes.Length > _options.MaxDocumentBytes)
        {
            return TooLarge();
        }

        try
        {
            var text = StrictUtf8.GetString(bytes);
            return Checked(text.TrimStart('\uFEFF'));
        }
        catch (DecoderFallbackException)
        {
            return ImportInput.Problem(TextKeys.ImportNotUtf8);
        }
    }

    private ImportInput Checked(string json) =>
        Encoding.UTF8.GetByteCount(json) > _options.MaxDocumentBytes ? TooLarge() : new ImportInput(json);

    private ImportInput TooLarge() => ImportInput.Problem(TextKeys.ImportTooLarge, _options.MaxDocumentBytes / 1024);

    private static bool IsTeamsFile(Attachment attachment) =>
        string.Equals(attachment.ContentType, TeamsFileDownloadInfo, StringComparison.OrdinalIgnoreCase);

    private static bool IsJsonAttachment(Attachment attachment)
    {
        var type = attachment.ContentType?.Split(';')[0].Trim() ?? string.Empty;
        return string.Equals(type, "application/json", StringComparison.OrdinalIgnoreCase)
            || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase) && !type.StartsWith("application/vnd.microsoft.card", StringComparison.OrdinalIgnoreCase)
            || (attachment.Name?.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ?? false) && type is "" or "application/octet-stream" or "text/plain";
    }

    private static string? StringAt(JsonNode? node, string property) =>
        node is JsonObject obj && obj[property] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import refused to download from {Origin}: not an allowed https host")]
    private static partial void LogDownloadRefused(ILogger logger, string origin);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import download from {Host} failed with status {Status} (0: timed out)")]
    private static partial void LogDownloadFailed(ILogger logger, string host, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import download from {Host} failed")]
    private static partial void LogDownloadError(ILogger logger, Exception exception, string host);
}
