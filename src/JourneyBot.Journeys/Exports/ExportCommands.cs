using System.Globalization;
using JourneyBot.BotKit.Turns;
using JourneyBot.Domain.Maps;
using JourneyBot.Journeys.Conversations;
using JourneyBot.Journeys.Localization;
using JourneyBot.Journeys.Sharing;

namespace JourneyBot.Journeys.Exports;

/// <summary>
/// <c>export csv|markdown|json</c>: answers with a signed link to the current map's export, which works for the
/// configured lifetime. The file itself is made when the link is opened, so it is as current as the map then.
/// </summary>
internal sealed class ExportCommands(IMapLinks links)
{
    public async Task ExportAsync(TurnContext context, JourneyMap map, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(map);
        if (argument.Length == 0)
        {
            await context.SayAsync(TextKeys.ExportWhichFormat, cancellationToken);
            return;
        }

        if (!TryParseFormat(argument, out var format))
        {
            await context.SayAsync(TextKeys.ExportUnknownFormat, cancellationToken, MapText.Truncate(argument, 40));
            return;
        }

        var culture = context.Culture();
        var purpose = ExportFormats.Purpose(format);
        var link = links.Create(map.Scope, map.Id, purpose);
        var grant = links.Verify(map.Id, purpose, TokenOf(link))
            ?? throw new InvalidOperationException("A link just made did not verify: check MapLinks settings.");
        var withLanguage = new Uri(link.AbsoluteUri + "&" + ExportFormats.LanguageParameter + "=" + Uri.EscapeDataString(culture.Name));
        await context.SayAsync(TextKeys.ExportLink, cancellationToken, map.Name, new Markup(FormatName(culture, format)), new Markup(withLanguage.AbsoluteUri), new Markup(BotText.DateTime(culture, grant.ExpiresAt, map.Cadence.TimeZone)), map.Cadence.TimeZoneId);
    }

    /// <summary>The format a word names (<c>csv</c>, <c>md</c>, <c>表格</c>...), in either language.</summary>
    public static bool TryParseFormat(string word, out ExportFormat format)
    {
        foreach (var candidate in ExportFormats.All)
        {
            if (BotText.WordsInAllLanguages(WordsKey(candidate)).Any(w => NameComparer.Same(w, word)))
            {
                format = candidate;
                return true;
            }
        }

        format = default;
        return false;
    }

    private static string FormatName(CultureInfo culture, ExportFormat format) => BotText.Get(culture, format switch
    {
        ExportFormat.Csv => TextKeys.ExportFormatCsv,
        ExportFormat.Markdown => TextKeys.ExportFormatMarkdown,
        _ => TextKeys.ExportFormatJson,
    });

    private static string WordsKey(ExportFormat format) => format switch
    {
        ExportFormat.Csv => TextKeys.WordsExportCsv,
        ExportFormat.Markdown => TextKeys.WordsExportMarkdown,
        _ => TextKeys.WordsExportJson,
    };

    private static string? TokenOf(Uri link)
    {
        const string Prefix = "t=";
        return link.Query.TrimStart('?').Split('&').FirstOrDefault(p => p.StartsWith(Prefix, StringComparison.Ordinal))?[Prefix.Length..];
    }
}
