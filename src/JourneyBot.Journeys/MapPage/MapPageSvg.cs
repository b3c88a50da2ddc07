using System.Globalization;
using System.Text;
using JourneyBot.Domain.Notes;
using JourneyBot.Journeys.Localization;
using static JourneyBot.Journeys.MapPage.MapPageLayoutBuilder;

namespace JourneyBot.Journeys.MapPage;

/// <summary>
/// Writes a <see cref="MapPageLayout"/> as four SVG panels in a scrolling board: the corner (emotion axis),
/// the top (emotion curve and stage headers, stays in view when scrolling down), the side (lane labels,
/// stays in view when scrolling right) and the body (cells, cards, arrows). All four share the layout's
/// coordinates through their view boxes.
/// </summary>
internal static class MapPageSvg
{
    private const double TextBaseline = 12.5;
    private const double KindBaseline = 10.5;

    public static void AppendBoard(StringBuilder html, MapPageLayout layout, CultureInfo culture)
    {
        var bodyWidth = layout.Width - layout.LabelWidth;
        var bodyHeight = layout.Height - layout.BoardTop;
        html.Append("<main class=\"board\" tabindex=\"0\">\n");
        html.Append("<div class=\"row head\" style=\"width:").Append(Markup.Number(layout.Width)).Append("px\">\n");
        OpenSvg(html, "corner", 0, 0, layout.LabelWidth, layout.BoardTop);
        AppendCorner(html, layout, culture);
        html.Append("</svg>\n");
        OpenSvg(html, "top", layout.LabelWidth, 0, bodyWidth, layout.BoardTop);
        AppendTop(html, layout, culture);
        html.Append("</svg>\n</div>\n");
        html.Append("<div class=\"row\" style=\"width:").Append(Markup.Number(layout.Width)).Append("px\">\n");
        OpenSvg(html, "side", 0, layout.BoardTop, layout.LabelWidth, bodyHeight);
        AppendSide(html, layout);
        html.Append("</svg>\n");
        OpenSvg(html, "body", layout.LabelWidth, layout.BoardTop, bodyWidth, bodyHeight);
        AppendBody(html, layout);
        html.Append("</svg>\n</div>\n</main>\n");
    }

    private static void OpenSvg(StringBuilder html, string cssClass, double x, double y, double width, double height)
    {
        html.Append("<svg class=\"").Append(cssClass).Append("\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").Append(Markup.Number(width))
            .Append("\" height=\"").Append(Markup.Number(height))
            .Append("\" viewBox=\"").Append(Markup.Number(x)).Append(' ').Append(Markup.Number(y)).Append(' ')
            .Append(Markup.Number(width)).Append(' ').Append(Markup.Number(height)).Append("\">\n");
    }

    private static void AppendCorner(StringBuilder svg, MapPageLayout layout, CultureInfo culture)
    {
        Text(svg, "axis-title", LabelPadding, 18, BotText.Get(culture, TextKeys.MapPageEmotionCurve));
        for (var score = Note.MaxScore; score >= Note.MinScore; score--)
        {
            svg.Append("<text class=\"axis\" x=\"").Append(Markup.Number(layout.LabelWidth - 8)).Append("\" y=\"")
                .Append(Markup.Number(layout.EmotionY(score) + 4)).Append("\" text-anchor=\"end\">")
                .AppendEscaped(SignedScore(score, culture)).Append("</text>\n");
        }
    }

    private static void AppendTop(StringBuilder svg, MapPageLayout layout, CultureInfo culture)
    {
        var band = layout.EmotionBand;
        for (var score = Note.MaxScore; score >= Note.MinScore; score--)
        {
            var y = Markup.Number(layout.EmotionY(score));
            svg.Append("<line class=\"").Append(score == 0 ? "zero" : "grid").Append("\" x1=\"").Append(Markup.Number(band.X))
                .Append("\" y1=\"").Append(y).Append("\" x2=\"").Append(Markup.Number(band.Right)).Append("\" y2=\"").Append(y).Append("\"/>\n");
        }

        if (layout.Emotion.Count == 0)
        {
            Text(svg, "no-emotion", band.X + 12, layout.EmotionY(0) - 8, BotText.Get(culture, TextKeys.MapPageNoEmotion));
        }

        if (layout.Emotion.Count > 1)
        {
            svg.Append("<polyline class=\"curve\" points=\"");
            foreach (var point in layout.Emotion)
            {
                svg.Append(Markup.Number(point.X)).Append(',').Append(Markup.Number(point.Y)).Append(' ');
            }

            svg.Length--;
            svg.Append("\"/>\n");
        }

        foreach (var point in layout.Emotion)
        {
            var value = SignedScore(Math.Round(point.Average, 1), culture);
            var mood = point.Average switch { < -0.05 => "neg", > 0.05 => "pos", _ => "neutral" };
            svg.Append("<g class=\"point ").Append(mood).Append("\"><title>")
                .AppendEscaped(BotText.Get(culture, TextKeys.MapPageEmotionAverage, point.Count, value)).Append("</title>")
                .Append("<circle cx=\"").Append(Markup.Number(point.X)).Append("\" cy=\"").Append(Markup.Number(point.Y)).Append("\" r=\"5.5\"/>");
            var labelY = point.Average > 1 ? point.Y + 19 : point.Y - 10;
            svg.Append("<text x=\"").Append(Markup.Number(point.X)).Append("\" y=\"").Append(Markup.Number(labelY))
                .Append("\" text-anchor=\"middle\">").AppendEscaped(value).Append("</text></g>\n");
        }

        foreach (var stage in layout.Stages)
        {
            var header = stage.Header;
            svg.Append("<g class=\"stage\"><title>").AppendEscaped(stage.Name).Append("</title>");
            Rect(svg, null, header, 6);
            Lines(svg, null, header.X + StageHeaderPadding, header.Y + StageHeaderPadding + TextBaseline + 0.5, StageHeaderLineHeight, stage.NameLines);
            svg.Append("</g>\n");
        }
    }

    private static void AppendSide(StringBuilder svg, MapPageLayout layout)
    {
        for (var i = 0; i < layout.Lanes.Count; i++)
        {
            var lane = layout.Lanes[i];
            var row = lane.Row;
            svg.Append("<g class=\"lane-label").Append(LaneClass(lane, i)).Append("\"><title>").AppendEscaped(lane.Name).Append("</title>");
            Rect(svg, null, new Box(0, row.Y, layout.LabelWidth, row.Height), 0);
            foreach (var top in lane.LabelTops)
            {
                var y = top + LabelPadding + TextBaseline;
                Lines(svg, "name", LabelPadding, y, LaneNameLineHeight, lane.NameLines);
                Lines(svg, "detail", LabelPadding, y + (lane.NameLines.Count * LaneNameLineHeight), LaneDetailLineHeight, lane.DetailLines);
            }

            svg.Append("</g>\n");
        }

        var edge = Markup.Number(layout.LabelWidth - 0.5);
        svg.Append("<line class=\"edge\" x1=\"").Append(edge).Append("\" y1=\"").Append(Markup.Number(layout.BoardTop))
            .Append("\" x2=\"").Append(edge).Append("\" y2=\"").Append(Markup.Number(layout.Height)).Append("\"/>\n");
    }

    private static void AppendBody(StringBuilder svg, MapPageLayout layout)
    {
        for (var i = 0; i < layout.Lanes.Count; i++)
        {
            var lane = layout.Lanes[i];
            Rect(svg, "lane" + LaneClass(lane, i), new Box(layout.LabelWidth, lane.Row.Y, layout.Width - layout.LabelWidth, lane.Row.Height), 0);
        }

        foreach (var stage in layout.Stages)
        {
            var x = Markup.Number(stage.Gutter.Right);
            svg.Append("<line class=\"divider\" x1=\"").Append(x).Append("\" y1=\"").Append(Markup.Number(layout.BoardTop))
                .Append("\" x2=\"").Append(x).Append("\" y2=\"").Append(Markup.Number(layout.Height - BoardMargin)).Append("\"/>\n");
        }

        foreach (var card in layout.Cards)
        {
            AppendCard(svg, card);
        }

        foreach (var arrow in layout.Arrows)
        {
            AppendArrow(svg, arrow);
        }
    }

    private static void AppendCard(StringBuilder svg, NoteCard card)
    {
        var box = card.Bounds;
        var isFlag = card.Kind is NoteKind.RedFlag or NoteKind.GreenFlag;
        svg.Append("<g class=\"card ").Append(KindPalette.ClassOf(card.Kind)).Append("\"><title>").AppendEscaped(card.Tooltip).Append("</title>");
        Rect(svg, "bg", box, 5);
        Rect(svg, "stripe", box with { Width = CardStripe }, 0);
        var left = box.X + CardStripe + CardPaddingX;
        var kindY = box.Y + CardPaddingY + KindBaseline;
        if (isFlag)
        {
            var fx = Markup.Number(left + 1);
            var fy = Markup.Number(box.Y + CardPaddingY);
            svg.Append("<path class=\"flag\" d=\"M").Append(fx).Append(',').Append(fy).Append("v12M").Append(fx).Append(',').Append(fy)
                .Append("h9l-2.5,3.5l2.5,3.5h-9z\"/>");
        }

        Text(svg, "kind", left + (isFlag ? FlagWidth : 0), kindY, card.KindLine);
        svg.Append("<text class=\"id\" x=\"").Append(Markup.Number(box.Right - CardPaddingX)).Append("\" y=\"").Append(Markup.Number(kindY))
            .Append("\" text-anchor=\"end\">").AppendEscaped(card.IdLabel).Append("</text>");
        var textY = box.Y + CardPaddingY + KindLineHeight + TextGap + TextBaseline;
        Lines(svg, "txt", left, textY, TextLineHeight, card.TextLines);
        if (card.SpeakerLine is not null)
        {
            Text(svg, "who", left, textY + (card.TextLines.Count * TextLineHeight), card.SpeakerLine);
        }

        svg.Append("</g>\n");
    }

    private static void AppendArrow(StringBuilder svg, HandoffArrow arrow)
    {
        var points = arrow.Points;
        var (tipX, tipY) = points[^1];
        svg.Append("<g class=\"arrow\"><path d=\"M");
        for (var i = 0; i < points.Count; i++)
        {
            var (x, y) = points[i];
            var lastX = i == points.Count - 1 ? x + 7 : x;
            svg.Append(i == 0 ? string.Empty : "L").Append(Markup.Number(lastX)).Append(',').Append(Markup.Number(y));
        }

        svg.Append("\"/><circle cx=\"").Append(Markup.Number(points[0].X)).Append("\" cy=\"").Append(Markup.Number(points[0].Y)).Append("\" r=\"2.5\"/>")
            .Append("<polygon points=\"").Append(Markup.Number(tipX)).Append(',').Append(Markup.Number(tipY)).Append(' ')
            .Append(Markup.Number(tipX + 8)).Append(',').Append(Markup.Number(tipY - 4.5)).Append(' ')
            .Append(Markup.Number(tipX + 8)).Append(',').Append(Markup.Number(tipY + 4.5)).Append("\"/></g>\n");
    }

    private static string LaneClass(LaneRow lane, int index) =>
        lane.IsCustomer ? " customer" : index % 2 == 1 ? " alt" : string.Empty;

    private static void Rect(StringBuilder svg, string? cssClass, Box box, double radius)
    {
        svg.Append("<rect");
        if (cssClass is not null)
        {
            svg.Append(" class=\"").Append(cssClass).Append('"');
        }

        svg.Append(" x=\"").Append(Markup.Number(box.X)).Append("\" y=\"").Append(Markup.Number(box.Y))
            .Append("\" width=\"").Append(Markup.Number(box.Width)).Append("\" height=\"").Append(Markup.Number(box.Height)).Append('"');
        if (radius > 0)
        {
            svg.Append(" rx=\"").Append(Markup.Number(radius)).Append('"');
        }

        svg.Append("/>");
    }

    private static void Text(StringBuilder svg, string cssClass, double x, double y, string text) =>
        svg.Append("<text class=\"").Append(cssClass).Append("\" x=\"").Append(Markup.Number(x)).Append("\" y=\"").Append(Markup.Number(y))
            .Append("\">").AppendEscaped(text).Append("</text>");

    private static void Lines(StringBuilder svg, string? cssClass, double x, double y, double lineHeight, IReadOnlyList<string> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        svg.Append("<text");
        if (cssClass is not null)
        {
            svg.Append(" class=\"").Append(cssClass).Append('"');
        }

        svg.Append(" x=\"").Append(Markup.Number(x)).Append("\" y=\"").Append(Markup.Number(y)).Append("\">");
        for (var i = 0; i < lines.Count; i++)
        {
            svg.Append("<tspan x=\"").Append(Markup.Number(x)).Append('"');
            if (i > 0)
            {
                svg.Append(" dy=\"").Append(Markup.Number(lineHeight)).Append('"');
            }

            svg.Append('>').AppendEscaped(lines[i]).Append("</tspan>");
        }

        svg.Append("</text>");
    }
}
