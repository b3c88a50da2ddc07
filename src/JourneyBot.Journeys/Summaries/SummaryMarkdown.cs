using System.Globalization;
using System.Text;
using JourneyBot.Journeys.Cards;
using JourneyBot.Journeys.Localization;

namespace JourneyBot.Journeys.Summaries;

/// <summary>
/// The summary as markdown text, for channels without Adaptive Cards: the same data as the card, with
/// typed commands in place of its buttons.
/// </summary>
internal static class SummaryMarkdown
{
    public static string Render(CultureInfo culture, SummaryCardData data)
    {
        var blocks = new List<string>
        {
            $"**{data.Title}**\n{data.Subtitle}",
            Lines(data.Facts.Select(f => $"{f.Title}: {f.Value}")),
        };

        var rows = new List<string> { $"**{data.RowsHeading}**" };
        AddIfAny(rows, data.Curve);
        rows.AddRange(data.Rows.Count == 0 ? [data.NoRows] : data.Rows.Select(r => $"- {r.Title} — {r.Counts}"));
        AddIfAny(rows, data.Legend);
        if (data.Rows.Any(r => r.Command.Length > 0))
        {
            rows.Add(BotText.Get(culture, TextKeys.SummaryTypeHint));
        }

        blocks.Add(Lines(rows));
        if (data.PeakHeading.Length > 0)
        {
            var peaks = new List<string> { $"**{data.PeakHeading}**" };
            peaks.AddRange(data.Peaks.Select(p => $"- {p.Title}: {p.Value}"));
            AddIfAny(peaks, data.NoPeaks);
            blocks.Add(Lines(peaks));
        }

        foreach (var list in data.Lists)
        {
            var lines = new List<string> { $"**{list.Heading}**" };
            AddIfAny(lines, list.Summary);
            lines.AddRange(list.Items.Select(i => i.Detail.Length == 0 ? $"- {i.Text}" : $"- {i.Text} ({i.Detail})"));
            AddIfAny(lines, list.More);
            if (list.Items.Count == 0)
            {
                AddIfAny(lines, list.Empty);
            }

            blocks.Add(Lines(lines));
        }

        var footer = new List<string>();
        if (data.MapUrl.Length > 0)
        {
            footer.Add(BotText.Get(culture, TextKeys.SummaryMapLink, data.MapUrl));
        }

        if (data.ReviewButton.Length > 0)
        {
            footer.Add(BotText.Get(culture, TextKeys.SummaryReviewHint));
        }

        if (data.BackCommand.Length > 0)
        {
            footer.Add(BotText.Get(culture, TextKeys.SummaryBackHint));
        }

        blocks.Add(Lines(footer));
        return string.Join("\n\n", blocks.Where(b => b.Length > 0));
    }

    private static string Lines(IEnumerable<string> lines) => string.Join('\n', lines);

    private static void AddIfAny(List<string> lines, string text)
    {
        if (text.Length > 0)
        {
            lines.Add(text);
        }
    }
}
