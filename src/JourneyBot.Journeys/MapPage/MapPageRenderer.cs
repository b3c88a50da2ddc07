using System.Globalization;
using System.Text;
using JourneyBot.Domain.Maps;
using JourneyBot.Domain.Notes;
using JourneyBot.Journeys.Contributions;
using JourneyBot.Journeys.Localization;

namespace JourneyBot.Journeys.MapPage;

/// <summary>
/// The map page: a header (name, persona, goal, counts, legend) above a board that scrolls both ways with
/// its stage headers and lane labels kept in view. Everything is inline, so the page works under a
/// Content-Security-Policy that allows inline styles and nothing else.
/// </summary>
internal sealed class MapPageRenderer : IMapPageRenderer
{
    private const string FontStack =
        "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Noto Sans\", \"DejaVu Sans\", \"Helvetica Neue\", Arial, " +
        "\"PingFang SC\", \"Microsoft YaHei\", \"Noto Sans CJK SC\", \"Noto Color Emoji\", sans-serif";

    private static readonly string Styles = BuildStyles();

    public string Render(JourneyMap map, IReadOnlyList<Note> notes, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentNullException.ThrowIfNull(culture);
        var layout = MapPageLayoutBuilder.Build(map, notes, culture);
        var html = new StringBuilder(4096 + (layout.Cards.Count * 900));
        Open(html, culture, BotText.Get(culture, TextKeys.MapPageTitle, map.Name));

        html.Append("<header class=\"page\">\n<h1 dir=\"auto\">").AppendEscaped(map.Name).Append("</h1>\n<dl class=\"facts\">");
        Fact(html, BotText.Get(culture, TextKeys.MapCardPersona), map.Persona);
        Fact(html, BotText.Get(culture, TextKeys.MapCardGoal), map.Goal);
        html.Append("</dl>\n<p class=\"summary\">")
            .AppendEscaped(BotText.Get(culture, TextKeys.MapPageSummary, map.Stages.Count, map.Lanes.Count, layout.Cards.Count))
            .Append("</p>\n");
        AppendLegend(html, culture);
        if (map.Stages.Count == 0 || map.Lanes.Count == 0)
        {
            html.Append("<p class=\"notice\">").AppendEscaped(BotText.Get(culture, TextKeys.MapPageEmpty)).Append("</p>\n</header>\n");
            return Close(html);
        }

        if (layout.Cards.Count == 0)
        {
            html.Append("<p class=\"notice\">").AppendEscaped(BotText.Get(culture, TextKeys.MapPageNoNotes)).Append("</p>\n");
        }

        html.Append("</header>\n");
        MapPageSvg.AppendBoard(html, layout, culture);
        return Close(html);
    }

    public string RenderProblem(MapPageProblem problem, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var (title, body) = problem switch
        {
            MapPageProblem.MapNotFound => (TextKeys.MapPageNotFoundTitle, TextKeys.MapPageNotFoundBody),
            _ => (TextKeys.MapPageLinkRefusedTitle, TextKeys.MapPageLinkRefusedBody),
        };
        var html = new StringBuilder(2048);
        Open(html, culture, BotText.Get(culture, title));
        html.Append("<header class=\"page problem\">\n<h1>").AppendEscaped(BotText.Get(culture, title)).Append("</h1>\n<p>")
            .AppendEscaped(BotText.Get(culture, body)).Append("</p>\n</header>\n");
        return Close(html);
    }

    private static void Open(StringBuilder html, CultureInfo culture, string title)
    {
        html.Append("<!DOCTYPE html>\n<html lang=\"").AppendEscaped(culture.Name).Append("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
            .Append("<meta name=\"referrer\" content=\"no-referrer\"/>\n")
            .Append("<meta name=\"robots\" content=\"noindex, nofollow\"/>\n")
            .Append("<title>").AppendEscaped(title).Append("</title>\n<style>").Append(Styles).Append("</style>\n</head>\n<body>\n");
    }

    private static string Close(StringBuilder html) => html.Append("</body>\n</html>\n").ToString();

    private static void Fact(StringBuilder html, string label, string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        html.Append("<div><dt>").AppendEscaped(label).Append("</dt><dd dir=\"auto\">").AppendEscaped(value).Append("</dd></div>");
    }

    private static void AppendLegend(StringBuilder html, CultureInfo culture)
    {
        html.Append("<ul class=\"legend\" aria-label=\"").AppendEscaped(BotText.Get(culture, TextKeys.MapPageLegend)).Append("\">");
        foreach (var kind in NoteKinds.Ordered)
        {
            html.Append("<li><span class=\"swatch ").Append(KindPalette.ClassOf(kind)).Append("\"></span>")
                .AppendEscaped(NoteKinds.Name(culture, kind)).Append("</li>");
        }

        html.Append("</ul>\n");
    }

    private static string BuildStyles()
    {
        var css = new StringBuilder();
        css.Append("*{box-sizing:border-box}html,body{height:100%;margin:0}")
            .Append("body{display:flex;flex-direction:column;font-family:").Append(FontStack).Append(";color:#1f2933;background:#fff}")
            .Append(".page{flex:none;padding:12px 20px 10px;border-bottom:1px solid #d5dbe1;background:#fafbfc}")
            .Append("h1{margin:0 0 6px;font-size:21px;line-height:1.25;overflow-wrap:anywhere}")
            .Append(".facts{display:flex;flex-wrap:wrap;gap:2px 28px;margin:0;font-size:13px;line-height:1.4}")
            .Append(".facts div{display:flex;gap:6px;max-width:70ch}.facts dt{font-weight:600;color:#52606d;white-space:nowrap}")
            .Append(".facts dd{margin:0;overflow-wrap:anywhere}")
            .Append(".summary{margin:6px 0 0;font-size:12px;color:#52606d}")
            .Append(".notice{margin:8px 0 0;font-size:13px;color:#7b341e}")
            .Append(".problem{border:0;background:#fff;max-width:42em;padding:48px 24px}.problem p{font-size:15px;line-height:1.5}")
            .Append(".legend{display:flex;flex-wrap:wrap;gap:4px 16px;margin:8px 0 0;padding:0;list-style:none;font-size:12px}")
            .Append(".legend li{display:flex;align-items:center;gap:6px}")
            .Append(".swatch{display:inline-block;width:16px;height:14px;border:1.5px solid;border-left-width:5px;border-radius:3px}")
            .Append(".board{flex:1 1 auto;min-height:260px;overflow:auto;background:#fff}")
            .Append(".row{display:flex}.row.head{position:sticky;top:0;z-index:2}")
            .Append(".board svg{display:block;flex:none;background:#fff;overflow:hidden}")
            .Append(".corner,.side{position:sticky;left:0;z-index:1}")
            .Append("svg text{font-size:12.5px;fill:#1f2933}")
            .Append(".axis-title{font-size:12px;font-weight:600;fill:#52606d}.axis{font-size:11px;fill:#7b8794}")
            .Append(".grid{stroke:#eef1f4;stroke-width:1}.zero{stroke:#b8c2cc;stroke-width:1;stroke-dasharray:4 3}")
            .Append(".no-emotion{font-size:12px;fill:#7b8794;font-style:italic}")
            .Append(".curve{fill:none;stroke:#52606d;stroke-width:2.5;stroke-linejoin:round;stroke-linecap:round}")
            .Append(".point circle{stroke:#fff;stroke-width:2}.point text{font-size:11.5px;font-weight:700}")
            .Append(".point.neg circle{fill:#c5221f}.point.neg text{fill:#c5221f}")
            .Append(".point.pos circle{fill:#1e8e3e}.point.pos text{fill:#1e8e3e}")
            .Append(".point.neutral circle{fill:#a87c00}.point.neutral text{fill:#a87c00}")
            .Append(".stage rect{fill:#263544}.stage text{fill:#fff;font-size:13.5px;font-weight:700}")
            .Append(".lane-label rect,.lane{fill:#fff}.lane-label.alt rect,.lane.alt{fill:#f6f8fa}")
            .Append(".lane-label.customer rect,.lane.customer{fill:#fff9e8}")
            .Append(".lane-label rect,.lane{stroke:#dde3e9;stroke-width:1}")
            .Append(".lane-label .name{font-size:13.5px;font-weight:700}.lane-label .detail{font-size:11px;fill:#616e7c}")
            .Append(".lane-label.customer .name{fill:#8a5a00}.edge{stroke:#b8c2cc;stroke-width:1}")
            .Append(".divider{stroke:#cfd6dd;stroke-width:1;stroke-dasharray:2 4}")
            .Append(".card .bg{stroke-width:1.2}.card .kind{font-size:10.5px;font-weight:700;fill:#3e4c59}")
            .Append(".card .id{font-size:10px;fill:#7b8794}.card .txt{font-size:12.5px}")
            .Append(".k-Quote .txt{font-style:italic}.card .who{font-size:12px;fill:#52606d}")
            .Append(".k-RedFlag .bg,.k-GreenFlag .bg{stroke-width:2}")
            .Append(".arrow path{fill:none;stroke:#3949ab;stroke-width:1.8}.arrow circle,.arrow polygon{fill:#3949ab}");
        foreach (var (kind, fill, stroke) in KindPalette.Colours)
        {
            var name = KindPalette.ClassOf(kind);
            css.Append('.').Append(name).Append(" .bg{fill:").Append(fill).Append(";stroke:").Append(stroke).Append('}')
                .Append('.').Append(name).Append(" .stripe,.").Append(name).Append(" .flag{fill:").Append(stroke).Append(";stroke:").Append(stroke).Append('}')
                .Append(".swatch.").Append(name).Append("{background:").Append(fill).Append(";border-color:").Append(stroke).Append('}');
        }

        return css.ToString();
    }
}
